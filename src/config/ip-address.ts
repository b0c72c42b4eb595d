// IP address tests as node:net's, without its IPv6 regular expression where the text cannot be
// one (no colon): net.isIP and isIPv6 run that expression on every non-IPv4 text, and its first
// run compiles it, about 2 ms of every run's start, where the VM and the API server are most
// often an IPv4 address or a host name.
import { isIPv4, isIPv6 } from 'node:net';

export const isIPv6Address = (value: string): boolean => value.includes(':') && isIPv6(value);

/** net.isIP, as a yes or no. */
export const isIPAddress = (value: string): boolean => isIPv4(value) || isIPv6Address(value);
