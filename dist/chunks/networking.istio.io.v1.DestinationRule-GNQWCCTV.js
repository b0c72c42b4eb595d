#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  require_ucs2length
} from "./chunk-O3L2X7CC.js";
import {
  formats
} from "./chunk-Z272QIUO.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/plan/schemas/validators/networking.istio.io.v1.DestinationRule.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var validate = validate11;
var schema12 = { "properties": { "apiVersion": { "type": "string" }, "kind": { "type": "string" }, "metadata": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta" }, "spec": { "properties": { "exportTo": { "items": { "type": "string" }, "type": "array" }, "host": { "type": "string" }, "subsets": { "items": { "properties": { "labels": { "additionalProperties": { "type": "string" }, "type": "object" }, "name": { "type": "string" }, "trafficPolicy": { "properties": { "connectionPool": { "properties": { "http": { "properties": { "h2UpgradePolicy": { "enum": ["DEFAULT", "DO_NOT_UPGRADE", "UPGRADE"], "type": "string" }, "http1MaxPendingRequests": { "format": "int32", "type": "integer" }, "http2MaxRequests": { "format": "int32", "type": "integer" }, "idleTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConcurrentStreams": { "format": "int32", "type": "integer" }, "maxRequestsPerConnection": { "format": "int32", "type": "integer" }, "maxRetries": { "format": "int32", "type": "integer" }, "useClientProtocol": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "tcp": { "properties": { "connectTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "idleTimeout": { "type": "string" }, "maxConnectionDuration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConnections": { "format": "int32", "type": "integer" }, "tcpKeepalive": { "properties": { "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "probes": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "time": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "loadBalancer": { "oneOf": [{ "not": { "anyOf": [{ "required": ["simple"] }, { "required": ["consistentHash"] }] } }, { "required": ["simple"] }, { "required": ["consistentHash"] }], "properties": { "consistentHash": { "allOf": [{ "oneOf": [{ "not": { "anyOf": [{ "required": ["httpHeaderName"] }, { "required": ["httpCookie"] }, { "required": ["useSourceIp"] }, { "required": ["httpQueryParameterName"] }] } }, { "required": ["httpHeaderName"] }, { "required": ["httpCookie"] }, { "required": ["useSourceIp"] }, { "required": ["httpQueryParameterName"] }] }, { "oneOf": [{ "not": { "anyOf": [{ "required": ["ringHash"] }, { "required": ["maglev"] }] } }, { "required": ["ringHash"] }, { "required": ["maglev"] }] }], "properties": { "httpCookie": { "properties": { "attributes": { "items": { "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name"], "type": "object", "additionalProperties": false }, "type": "array" }, "name": { "type": "string" }, "path": { "type": "string" }, "ttl": { "type": "string" } }, "required": ["name"], "type": "object", "additionalProperties": false }, "httpHeaderName": { "type": "string" }, "httpQueryParameterName": { "type": "string" }, "maglev": { "properties": { "tableSize": { "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "minimumRingSize": { "minimum": 0, "type": "integer" }, "ringHash": { "properties": { "minimumRingSize": { "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "useSourceIp": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "localityLbSetting": { "properties": { "distribute": { "items": { "properties": { "from": { "type": "string" }, "to": { "additionalProperties": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "type": "object" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "enabled": { "nullable": true, "type": "boolean" }, "failover": { "items": { "properties": { "from": { "type": "string" }, "to": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "failoverPriority": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false }, "simple": { "enum": ["UNSPECIFIED", "LEAST_CONN", "RANDOM", "PASSTHROUGH", "ROUND_ROBIN", "LEAST_REQUEST"], "type": "string" }, "warmup": { "properties": { "aggression": { "format": "double", "minimum": 0, "nullable": true, "type": "number" }, "duration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "minimumPercent": { "format": "double", "maximum": 100, "minimum": 0, "nullable": true, "type": "number" } }, "required": ["duration"], "type": "object", "additionalProperties": false }, "warmupDurationSecs": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false }, "outlierDetection": { "properties": { "baseEjectionTime": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "consecutive5xxErrors": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "consecutiveErrors": { "format": "int32", "type": "integer" }, "consecutiveGatewayErrors": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "consecutiveLocalOriginFailures": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxEjectionPercent": { "format": "int32", "type": "integer" }, "minHealthPercent": { "format": "int32", "type": "integer" }, "splitExternalLocalOriginErrors": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "portLevelSettings": { "items": { "properties": { "connectionPool": { "properties": { "http": { "properties": { "h2UpgradePolicy": { "enum": ["DEFAULT", "DO_NOT_UPGRADE", "UPGRADE"], "type": "string" }, "http1MaxPendingRequests": { "format": "int32", "type": "integer" }, "http2MaxRequests": { "format": "int32", "type": "integer" }, "idleTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConcurrentStreams": { "format": "int32", "type": "integer" }, "maxRequestsPerConnection": { "format": "int32", "type": "integer" }, "maxRetries": { "format": "int32", "type": "integer" }, "useClientProtocol": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "tcp": { "properties": { "connectTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "idleTimeout": { "type": "string" }, "maxConnectionDuration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConnections": { "format": "int32", "type": "integer" }, "tcpKeepalive": { "properties": { "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "probes": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "time": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "loadBalancer": { "oneOf": [{ "not": { "anyOf": [{ "required": ["simple"] }, { "required": ["consistentHash"] }] } }, { "required": ["simple"] }, { "required": ["consistentHash"] }], "properties": { "consistentHash": { "allOf": [{ "oneOf": [{ "not": { "anyOf": [{ "required": ["httpHeaderName"] }, { "required": ["httpCookie"] }, { "required": ["useSourceIp"] }, { "required": ["httpQueryParameterName"] }] } }, { "required": ["httpHeaderName"] }, { "required": ["httpCookie"] }, { "required": ["useSourceIp"] }, { "required": ["httpQueryParameterName"] }] }, { "oneOf": [{ "not": { "anyOf": [{ "required": ["ringHash"] }, { "required": ["maglev"] }] } }, { "required": ["ringHash"] }, { "required": ["maglev"] }] }], "properties": { "httpCookie": { "properties": { "attributes": { "items": { "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name"], "type": "object", "additionalProperties": false }, "type": "array" }, "name": { "type": "string" }, "path": { "type": "string" }, "ttl": { "type": "string" } }, "required": ["name"], "type": "object", "additionalProperties": false }, "httpHeaderName": { "type": "string" }, "httpQueryParameterName": { "type": "string" }, "maglev": { "properties": { "tableSize": { "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "minimumRingSize": { "minimum": 0, "type": "integer" }, "ringHash": { "properties": { "minimumRingSize": { "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "useSourceIp": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "localityLbSetting": { "properties": { "distribute": { "items": { "properties": { "from": { "type": "string" }, "to": { "additionalProperties": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "type": "object" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "enabled": { "nullable": true, "type": "boolean" }, "failover": { "items": { "properties": { "from": { "type": "string" }, "to": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "failoverPriority": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false }, "simple": { "enum": ["UNSPECIFIED", "LEAST_CONN", "RANDOM", "PASSTHROUGH", "ROUND_ROBIN", "LEAST_REQUEST"], "type": "string" }, "warmup": { "properties": { "aggression": { "format": "double", "minimum": 0, "nullable": true, "type": "number" }, "duration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "minimumPercent": { "format": "double", "maximum": 100, "minimum": 0, "nullable": true, "type": "number" } }, "required": ["duration"], "type": "object", "additionalProperties": false }, "warmupDurationSecs": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false }, "outlierDetection": { "properties": { "baseEjectionTime": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "consecutive5xxErrors": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "consecutiveErrors": { "format": "int32", "type": "integer" }, "consecutiveGatewayErrors": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "consecutiveLocalOriginFailures": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxEjectionPercent": { "format": "int32", "type": "integer" }, "minHealthPercent": { "format": "int32", "type": "integer" }, "splitExternalLocalOriginErrors": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "port": { "properties": { "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "tls": { "properties": { "caCertificates": { "type": "string" }, "caCrl": { "type": "string" }, "clientCertificate": { "type": "string" }, "credentialName": { "type": "string" }, "insecureSkipVerify": { "nullable": true, "type": "boolean" }, "mode": { "enum": ["DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL"], "type": "string" }, "privateKey": { "type": "string" }, "sni": { "type": "string" }, "subjectAltNames": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "maxItems": 4096, "type": "array" }, "proxyProtocol": { "properties": { "version": { "enum": ["V1", "V2"], "type": "string" } }, "type": "object", "additionalProperties": false }, "retryBudget": { "properties": { "minRetryConcurrency": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "percent": { "format": "double", "maximum": 100, "minimum": 0, "nullable": true, "type": "number" } }, "type": "object", "additionalProperties": false }, "tls": { "properties": { "caCertificates": { "type": "string" }, "caCrl": { "type": "string" }, "clientCertificate": { "type": "string" }, "credentialName": { "type": "string" }, "insecureSkipVerify": { "nullable": true, "type": "boolean" }, "mode": { "enum": ["DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL"], "type": "string" }, "privateKey": { "type": "string" }, "sni": { "type": "string" }, "subjectAltNames": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false }, "tunnel": { "properties": { "protocol": { "type": "string" }, "targetHost": { "type": "string" }, "targetPort": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "required": ["targetHost", "targetPort"], "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false } }, "required": ["name"], "type": "object", "additionalProperties": false }, "type": "array" }, "trafficPolicy": { "properties": { "connectionPool": { "properties": { "http": { "properties": { "h2UpgradePolicy": { "enum": ["DEFAULT", "DO_NOT_UPGRADE", "UPGRADE"], "type": "string" }, "http1MaxPendingRequests": { "format": "int32", "type": "integer" }, "http2MaxRequests": { "format": "int32", "type": "integer" }, "idleTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConcurrentStreams": { "format": "int32", "type": "integer" }, "maxRequestsPerConnection": { "format": "int32", "type": "integer" }, "maxRetries": { "format": "int32", "type": "integer" }, "useClientProtocol": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "tcp": { "properties": { "connectTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "idleTimeout": { "type": "string" }, "maxConnectionDuration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConnections": { "format": "int32", "type": "integer" }, "tcpKeepalive": { "properties": { "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "probes": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "time": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "loadBalancer": { "oneOf": [{ "not": { "anyOf": [{ "required": ["simple"] }, { "required": ["consistentHash"] }] } }, { "required": ["simple"] }, { "required": ["consistentHash"] }], "properties": { "consistentHash": { "allOf": [{ "oneOf": [{ "not": { "anyOf": [{ "required": ["httpHeaderName"] }, { "required": ["httpCookie"] }, { "required": ["useSourceIp"] }, { "required": ["httpQueryParameterName"] }] } }, { "required": ["httpHeaderName"] }, { "required": ["httpCookie"] }, { "required": ["useSourceIp"] }, { "required": ["httpQueryParameterName"] }] }, { "oneOf": [{ "not": { "anyOf": [{ "required": ["ringHash"] }, { "required": ["maglev"] }] } }, { "required": ["ringHash"] }, { "required": ["maglev"] }] }], "properties": { "httpCookie": { "properties": { "attributes": { "items": { "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name"], "type": "object", "additionalProperties": false }, "type": "array" }, "name": { "type": "string" }, "path": { "type": "string" }, "ttl": { "type": "string" } }, "required": ["name"], "type": "object", "additionalProperties": false }, "httpHeaderName": { "type": "string" }, "httpQueryParameterName": { "type": "string" }, "maglev": { "properties": { "tableSize": { "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "minimumRingSize": { "minimum": 0, "type": "integer" }, "ringHash": { "properties": { "minimumRingSize": { "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "useSourceIp": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "localityLbSetting": { "properties": { "distribute": { "items": { "properties": { "from": { "type": "string" }, "to": { "additionalProperties": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "type": "object" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "enabled": { "nullable": true, "type": "boolean" }, "failover": { "items": { "properties": { "from": { "type": "string" }, "to": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "failoverPriority": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false }, "simple": { "enum": ["UNSPECIFIED", "LEAST_CONN", "RANDOM", "PASSTHROUGH", "ROUND_ROBIN", "LEAST_REQUEST"], "type": "string" }, "warmup": { "properties": { "aggression": { "format": "double", "minimum": 0, "nullable": true, "type": "number" }, "duration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "minimumPercent": { "format": "double", "maximum": 100, "minimum": 0, "nullable": true, "type": "number" } }, "required": ["duration"], "type": "object", "additionalProperties": false }, "warmupDurationSecs": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false }, "outlierDetection": { "properties": { "baseEjectionTime": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "consecutive5xxErrors": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "consecutiveErrors": { "format": "int32", "type": "integer" }, "consecutiveGatewayErrors": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "consecutiveLocalOriginFailures": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxEjectionPercent": { "format": "int32", "type": "integer" }, "minHealthPercent": { "format": "int32", "type": "integer" }, "splitExternalLocalOriginErrors": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "portLevelSettings": { "items": { "properties": { "connectionPool": { "properties": { "http": { "properties": { "h2UpgradePolicy": { "enum": ["DEFAULT", "DO_NOT_UPGRADE", "UPGRADE"], "type": "string" }, "http1MaxPendingRequests": { "format": "int32", "type": "integer" }, "http2MaxRequests": { "format": "int32", "type": "integer" }, "idleTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConcurrentStreams": { "format": "int32", "type": "integer" }, "maxRequestsPerConnection": { "format": "int32", "type": "integer" }, "maxRetries": { "format": "int32", "type": "integer" }, "useClientProtocol": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "tcp": { "properties": { "connectTimeout": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "idleTimeout": { "type": "string" }, "maxConnectionDuration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxConnections": { "format": "int32", "type": "integer" }, "tcpKeepalive": { "properties": { "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "probes": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "time": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "loadBalancer": { "oneOf": [{ "not": { "anyOf": [{ "required": ["simple"] }, { "required": ["consistentHash"] }] } }, { "required": ["simple"] }, { "required": ["consistentHash"] }], "properties": { "consistentHash": { "allOf": [{ "oneOf": [{ "not": { "anyOf": [{ "required": ["httpHeaderName"] }, { "required": ["httpCookie"] }, { "required": ["useSourceIp"] }, { "required": ["httpQueryParameterName"] }] } }, { "required": ["httpHeaderName"] }, { "required": ["httpCookie"] }, { "required": ["useSourceIp"] }, { "required": ["httpQueryParameterName"] }] }, { "oneOf": [{ "not": { "anyOf": [{ "required": ["ringHash"] }, { "required": ["maglev"] }] } }, { "required": ["ringHash"] }, { "required": ["maglev"] }] }], "properties": { "httpCookie": { "properties": { "attributes": { "items": { "properties": { "name": { "type": "string" }, "value": { "type": "string" } }, "required": ["name"], "type": "object", "additionalProperties": false }, "type": "array" }, "name": { "type": "string" }, "path": { "type": "string" }, "ttl": { "type": "string" } }, "required": ["name"], "type": "object", "additionalProperties": false }, "httpHeaderName": { "type": "string" }, "httpQueryParameterName": { "type": "string" }, "maglev": { "properties": { "tableSize": { "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "minimumRingSize": { "minimum": 0, "type": "integer" }, "ringHash": { "properties": { "minimumRingSize": { "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "useSourceIp": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "localityLbSetting": { "properties": { "distribute": { "items": { "properties": { "from": { "type": "string" }, "to": { "additionalProperties": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "type": "object" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "enabled": { "nullable": true, "type": "boolean" }, "failover": { "items": { "properties": { "from": { "type": "string" }, "to": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "failoverPriority": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false }, "simple": { "enum": ["UNSPECIFIED", "LEAST_CONN", "RANDOM", "PASSTHROUGH", "ROUND_ROBIN", "LEAST_REQUEST"], "type": "string" }, "warmup": { "properties": { "aggression": { "format": "double", "minimum": 0, "nullable": true, "type": "number" }, "duration": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "minimumPercent": { "format": "double", "maximum": 100, "minimum": 0, "nullable": true, "type": "number" } }, "required": ["duration"], "type": "object", "additionalProperties": false }, "warmupDurationSecs": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] } }, "type": "object", "additionalProperties": false }, "outlierDetection": { "properties": { "baseEjectionTime": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "consecutive5xxErrors": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "consecutiveErrors": { "format": "int32", "type": "integer" }, "consecutiveGatewayErrors": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "consecutiveLocalOriginFailures": { "maximum": 4294967295, "minimum": 0, "nullable": true, "type": "integer" }, "interval": { "type": "string", "x-kubernetes-validations": [{ "message": "must be a valid duration greater than 1ms", "rule": "duration(self) >= duration('1ms')" }] }, "maxEjectionPercent": { "format": "int32", "type": "integer" }, "minHealthPercent": { "format": "int32", "type": "integer" }, "splitExternalLocalOriginErrors": { "type": "boolean" } }, "type": "object", "additionalProperties": false }, "port": { "properties": { "number": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "type": "object", "additionalProperties": false }, "tls": { "properties": { "caCertificates": { "type": "string" }, "caCrl": { "type": "string" }, "clientCertificate": { "type": "string" }, "credentialName": { "type": "string" }, "insecureSkipVerify": { "nullable": true, "type": "boolean" }, "mode": { "enum": ["DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL"], "type": "string" }, "privateKey": { "type": "string" }, "sni": { "type": "string" }, "subjectAltNames": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "maxItems": 4096, "type": "array" }, "proxyProtocol": { "properties": { "version": { "enum": ["V1", "V2"], "type": "string" } }, "type": "object", "additionalProperties": false }, "retryBudget": { "properties": { "minRetryConcurrency": { "maximum": 4294967295, "minimum": 0, "type": "integer" }, "percent": { "format": "double", "maximum": 100, "minimum": 0, "nullable": true, "type": "number" } }, "type": "object", "additionalProperties": false }, "tls": { "properties": { "caCertificates": { "type": "string" }, "caCrl": { "type": "string" }, "clientCertificate": { "type": "string" }, "credentialName": { "type": "string" }, "insecureSkipVerify": { "nullable": true, "type": "boolean" }, "mode": { "enum": ["DISABLE", "SIMPLE", "MUTUAL", "ISTIO_MUTUAL"], "type": "string" }, "privateKey": { "type": "string" }, "sni": { "type": "string" }, "subjectAltNames": { "items": { "type": "string" }, "type": "array" } }, "type": "object", "additionalProperties": false }, "tunnel": { "properties": { "protocol": { "type": "string" }, "targetHost": { "type": "string" }, "targetPort": { "maximum": 4294967295, "minimum": 0, "type": "integer" } }, "required": ["targetHost", "targetPort"], "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "workloadSelector": { "properties": { "matchLabels": { "additionalProperties": { "maxLength": 63, "type": "string", "x-kubernetes-validations": [{ "message": "wildcard not allowed in label value match", "rule": '!self.contains("*")' }] }, "maxProperties": 4096, "type": "object", "x-kubernetes-validations": [{ "message": "wildcard not allowed in label key match", "rule": 'self.all(key, !key.contains("*"))' }, { "message": "key must not be empty", "rule": "self.all(key, key.size() != 0)" }] } }, "type": "object", "additionalProperties": false } }, "required": ["host"], "type": "object", "additionalProperties": false }, "status": { "properties": { "conditions": { "items": { "properties": { "lastProbeTime": { "format": "date-time", "type": "string" }, "lastTransitionTime": { "format": "date-time", "type": "string" }, "message": { "type": "string" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "reason": { "type": "string" }, "status": { "type": "string" }, "type": { "type": "string" } }, "type": "object", "additionalProperties": false }, "type": "array" }, "observedGeneration": { "anyOf": [{ "type": "integer" }, { "type": "string" }], "x-kubernetes-int-or-string": true }, "validationMessages": { "items": { "properties": { "documentationUrl": { "type": "string" }, "level": { "enum": ["UNKNOWN", "ERROR", "WARNING", "INFO"], "type": "string" }, "type": { "properties": { "code": { "type": "string" }, "name": { "type": "string" } }, "type": "object", "additionalProperties": false } }, "type": "object", "additionalProperties": false }, "type": "array" } }, "type": "object", "x-kubernetes-preserve-unknown-fields": true } }, "type": "object", "additionalProperties": false };
var schema13 = { "properties": { "annotations": { "additionalProperties": { "type": "string" }, "type": "object" }, "creationTimestamp": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "deletionGracePeriodSeconds": { "format": "int64", "type": "integer" }, "deletionTimestamp": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time" }, "finalizers": { "items": { "type": "string" }, "type": "array", "x-kubernetes-list-type": "set" }, "generateName": { "type": "string" }, "generation": { "format": "int64", "type": "integer" }, "labels": { "additionalProperties": { "type": "string" }, "type": "object" }, "managedFields": { "items": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry" }, "type": "array", "x-kubernetes-list-type": "atomic" }, "name": { "type": "string" }, "namespace": { "type": "string" }, "ownerReferences": { "items": { "$ref": "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference" }, "type": "array", "x-kubernetes-list-map-keys": ["uid"], "x-kubernetes-list-type": "map" }, "resourceVersion": { "type": "string" }, "selfLink": { "type": "string" }, "uid": { "type": "string" } }, "type": "object", "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var formats0 = formats["date-time"];
var formats2 = formats.int64;
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "fieldsType" || key0 === "fieldsV1" || key0 === "manager" || key0 === "operation" || key0 === "subresource" || key0 === "time")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.fieldsType !== void 0) {
      if (typeof data.fieldsType !== "string") {
        const err2 = { instancePath: instancePath + "/fieldsType", schemaPath: "#/properties/fieldsType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.fieldsV1 !== void 0) {
      let data2 = data.fieldsV1;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err3 = { instancePath: instancePath + "/fieldsV1", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.manager !== void 0) {
      if (typeof data.manager !== "string") {
        const err4 = { instancePath: instancePath + "/manager", schemaPath: "#/properties/manager/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.operation !== void 0) {
      if (typeof data.operation !== "string") {
        const err5 = { instancePath: instancePath + "/operation", schemaPath: "#/properties/operation/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.subresource !== void 0) {
      if (typeof data.subresource !== "string") {
        const err6 = { instancePath: instancePath + "/subresource", schemaPath: "#/properties/subresource/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data6 = data.time;
      if (typeof data6 === "string") {
        if (!formats0(data6)) {
          const err7 = { instancePath: instancePath + "/time", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/time", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.annotations !== void 0) {
      let data0 = data.annotations;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (typeof data0[key1] !== "string") {
            const err1 = { instancePath: instancePath + "/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.creationTimestamp !== void 0) {
      let data2 = data.creationTimestamp;
      if (typeof data2 === "string") {
        if (!formats0(data2)) {
          const err3 = { instancePath: instancePath + "/creationTimestamp", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/creationTimestamp", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.deletionGracePeriodSeconds !== void 0) {
      let data3 = data.deletionGracePeriodSeconds;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/properties/deletionGracePeriodSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (!formats2.validate(data3)) {
          const err6 = { instancePath: instancePath + "/deletionGracePeriodSeconds", schemaPath: "#/properties/deletionGracePeriodSeconds/format", keyword: "format", params: { format: "int64" }, message: 'must match format "int64"' };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.deletionTimestamp !== void 0) {
      let data4 = data.deletionTimestamp;
      if (typeof data4 === "string") {
        if (!formats0(data4)) {
          const err7 = { instancePath: instancePath + "/deletionTimestamp", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/deletionTimestamp", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.Time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.finalizers !== void 0) {
      let data5 = data.finalizers;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data5[i0] !== "string") {
            const err9 = { instancePath: instancePath + "/finalizers/" + i0, schemaPath: "#/properties/finalizers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/finalizers", schemaPath: "#/properties/finalizers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.generateName !== void 0) {
      if (typeof data.generateName !== "string") {
        const err11 = { instancePath: instancePath + "/generateName", schemaPath: "#/properties/generateName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.generation !== void 0) {
      let data8 = data.generation;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err12 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (!formats2.validate(data8)) {
          const err13 = { instancePath: instancePath + "/generation", schemaPath: "#/properties/generation/format", keyword: "format", params: { format: "int64" }, message: 'must match format "int64"' };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.labels !== void 0) {
      let data9 = data.labels;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          if (typeof data9[key2] !== "string") {
            const err14 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.managedFields !== void 0) {
      let data11 = data.managedFields;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate13(data11[i1], { instancePath: instancePath + "/managedFields/" + i1, parentData: data11, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/managedFields", schemaPath: "#/properties/managedFields/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      if (typeof data.name !== "string") {
        const err17 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      if (typeof data.namespace !== "string") {
        const err18 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.ownerReferences !== void 0) {
      let data15 = data.ownerReferences;
      if (Array.isArray(data15)) {
        const len2 = data15.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data16 = data15[i2];
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (data16.apiVersion === void 0) {
              const err19 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data16.kind === void 0) {
              const err20 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data16.name === void 0) {
              const err21 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data16.uid === void 0) {
              const err22 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/required", keyword: "required", params: { missingProperty: "uid" }, message: "must have required property 'uid'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key3 in data16) {
              if (!(key3 === "apiVersion" || key3 === "blockOwnerDeletion" || key3 === "controller" || key3 === "kind" || key3 === "name" || key3 === "uid")) {
                const err23 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data16.apiVersion !== void 0) {
              if (typeof data16.apiVersion !== "string") {
                const err24 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/apiVersion", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data16.blockOwnerDeletion !== void 0) {
              if (typeof data16.blockOwnerDeletion !== "boolean") {
                const err25 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/blockOwnerDeletion", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/blockOwnerDeletion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data16.controller !== void 0) {
              if (typeof data16.controller !== "boolean") {
                const err26 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/controller", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/controller/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data16.kind !== void 0) {
              if (typeof data16.kind !== "string") {
                const err27 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/kind", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data16.name !== void 0) {
              if (typeof data16.name !== "string") {
                const err28 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/name", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data16.uid !== void 0) {
              if (typeof data16.uid !== "string") {
                const err29 = { instancePath: instancePath + "/ownerReferences/" + i2 + "/uid", schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/ownerReferences/" + i2, schemaPath: "#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/ownerReferences", schemaPath: "#/properties/ownerReferences/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.resourceVersion !== void 0) {
      if (typeof data.resourceVersion !== "string") {
        const err32 = { instancePath: instancePath + "/resourceVersion", schemaPath: "#/properties/resourceVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.selfLink !== void 0) {
      if (typeof data.selfLink !== "string") {
        const err33 = { instancePath: instancePath + "/selfLink", schemaPath: "#/properties/selfLink/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.uid !== void 0) {
      if (typeof data.uid !== "string") {
        const err34 = { instancePath: instancePath + "/uid", schemaPath: "#/properties/uid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var formats10 = formats.int32;
var formats22 = formats.double;
var func11 = import_ucs2length.default.default;
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec" || key0 === "status")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      if (typeof data.apiVersion !== "string") {
        const err1 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      if (typeof data.kind !== "string") {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate12(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      let data3 = data.spec;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.host === void 0) {
          const err3 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property 'host'" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "exportTo" || key1 === "host" || key1 === "subsets" || key1 === "trafficPolicy" || key1 === "workloadSelector")) {
            const err4 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data3.exportTo !== void 0) {
          let data4 = data3.exportTo;
          if (Array.isArray(data4)) {
            const len0 = data4.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (typeof data4[i0] !== "string") {
                const err5 = { instancePath: instancePath + "/spec/exportTo/" + i0, schemaPath: "#/properties/spec/properties/exportTo/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/spec/exportTo", schemaPath: "#/properties/spec/properties/exportTo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data3.host !== void 0) {
          if (typeof data3.host !== "string") {
            const err7 = { instancePath: instancePath + "/spec/host", schemaPath: "#/properties/spec/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.subsets !== void 0) {
          let data7 = data3.subsets;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.name === void 0) {
                  const err8 = { instancePath: instancePath + "/spec/subsets/" + i1, schemaPath: "#/properties/spec/properties/subsets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
                for (const key2 in data8) {
                  if (!(key2 === "labels" || key2 === "name" || key2 === "trafficPolicy")) {
                    const err9 = { instancePath: instancePath + "/spec/subsets/" + i1, schemaPath: "#/properties/spec/properties/subsets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
                if (data8.labels !== void 0) {
                  let data9 = data8.labels;
                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                    for (const key3 in data9) {
                      if (typeof data9[key3] !== "string") {
                        const err10 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/subsets/items/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err11 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/labels", schemaPath: "#/properties/spec/properties/subsets/items/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                }
                if (data8.name !== void 0) {
                  if (typeof data8.name !== "string") {
                    const err12 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/name", schemaPath: "#/properties/spec/properties/subsets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
                if (data8.trafficPolicy !== void 0) {
                  let data12 = data8.trafficPolicy;
                  if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                    for (const key4 in data12) {
                      if (!(key4 === "connectionPool" || key4 === "loadBalancer" || key4 === "outlierDetection" || key4 === "portLevelSettings" || key4 === "proxyProtocol" || key4 === "retryBudget" || key4 === "tls" || key4 === "tunnel")) {
                        const err13 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                    }
                    if (data12.connectionPool !== void 0) {
                      let data13 = data12.connectionPool;
                      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                        for (const key5 in data13) {
                          if (!(key5 === "http" || key5 === "tcp")) {
                            const err14 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err14];
                            } else {
                              vErrors.push(err14);
                            }
                            errors++;
                          }
                        }
                        if (data13.http !== void 0) {
                          let data14 = data13.http;
                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                            for (const key6 in data14) {
                              if (!(key6 === "h2UpgradePolicy" || key6 === "http1MaxPendingRequests" || key6 === "http2MaxRequests" || key6 === "idleTimeout" || key6 === "maxConcurrentStreams" || key6 === "maxRequestsPerConnection" || key6 === "maxRetries" || key6 === "useClientProtocol")) {
                                const err15 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err15];
                                } else {
                                  vErrors.push(err15);
                                }
                                errors++;
                              }
                            }
                            if (data14.h2UpgradePolicy !== void 0) {
                              let data15 = data14.h2UpgradePolicy;
                              if (typeof data15 !== "string") {
                                const err16 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/h2UpgradePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err16];
                                } else {
                                  vErrors.push(err16);
                                }
                                errors++;
                              }
                              if (!(data15 === "DEFAULT" || data15 === "DO_NOT_UPGRADE" || data15 === "UPGRADE")) {
                                const err17 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/h2UpgradePolicy/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.connectionPool.properties.http.properties.h2UpgradePolicy.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                  vErrors = [err17];
                                } else {
                                  vErrors.push(err17);
                                }
                                errors++;
                              }
                            }
                            if (data14.http1MaxPendingRequests !== void 0) {
                              let data16 = data14.http1MaxPendingRequests;
                              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                                const err18 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err18];
                                } else {
                                  vErrors.push(err18);
                                }
                                errors++;
                              }
                              if (typeof data16 == "number" && isFinite(data16)) {
                                if (!formats10.validate(data16)) {
                                  const err19 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err19];
                                  } else {
                                    vErrors.push(err19);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data14.http2MaxRequests !== void 0) {
                              let data17 = data14.http2MaxRequests;
                              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                                const err20 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/http2MaxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err20];
                                } else {
                                  vErrors.push(err20);
                                }
                                errors++;
                              }
                              if (typeof data17 == "number" && isFinite(data17)) {
                                if (!formats10.validate(data17)) {
                                  const err21 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/http2MaxRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err21];
                                  } else {
                                    vErrors.push(err21);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data14.idleTimeout !== void 0) {
                              if (typeof data14.idleTimeout !== "string") {
                                const err22 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/idleTimeout", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err22];
                                } else {
                                  vErrors.push(err22);
                                }
                                errors++;
                              }
                            }
                            if (data14.maxConcurrentStreams !== void 0) {
                              let data19 = data14.maxConcurrentStreams;
                              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                                const err23 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxConcurrentStreams/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err23];
                                } else {
                                  vErrors.push(err23);
                                }
                                errors++;
                              }
                              if (typeof data19 == "number" && isFinite(data19)) {
                                if (!formats10.validate(data19)) {
                                  const err24 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxConcurrentStreams/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err24];
                                  } else {
                                    vErrors.push(err24);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data14.maxRequestsPerConnection !== void 0) {
                              let data20 = data14.maxRequestsPerConnection;
                              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                                const err25 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err25];
                                } else {
                                  vErrors.push(err25);
                                }
                                errors++;
                              }
                              if (typeof data20 == "number" && isFinite(data20)) {
                                if (!formats10.validate(data20)) {
                                  const err26 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err26];
                                  } else {
                                    vErrors.push(err26);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data14.maxRetries !== void 0) {
                              let data21 = data14.maxRetries;
                              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                                const err27 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err27];
                                } else {
                                  vErrors.push(err27);
                                }
                                errors++;
                              }
                              if (typeof data21 == "number" && isFinite(data21)) {
                                if (!formats10.validate(data21)) {
                                  const err28 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxRetries/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err28];
                                  } else {
                                    vErrors.push(err28);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data14.useClientProtocol !== void 0) {
                              if (typeof data14.useClientProtocol !== "boolean") {
                                const err29 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http/useClientProtocol", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/properties/useClientProtocol/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err29];
                                } else {
                                  vErrors.push(err29);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err30 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/http", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        }
                        if (data13.tcp !== void 0) {
                          let data23 = data13.tcp;
                          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                            for (const key7 in data23) {
                              if (!(key7 === "connectTimeout" || key7 === "idleTimeout" || key7 === "maxConnectionDuration" || key7 === "maxConnections" || key7 === "tcpKeepalive")) {
                                const err31 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err31];
                                } else {
                                  vErrors.push(err31);
                                }
                                errors++;
                              }
                            }
                            if (data23.connectTimeout !== void 0) {
                              if (typeof data23.connectTimeout !== "string") {
                                const err32 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/connectTimeout", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/connectTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err32];
                                } else {
                                  vErrors.push(err32);
                                }
                                errors++;
                              }
                            }
                            if (data23.idleTimeout !== void 0) {
                              if (typeof data23.idleTimeout !== "string") {
                                const err33 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/idleTimeout", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err33];
                                } else {
                                  vErrors.push(err33);
                                }
                                errors++;
                              }
                            }
                            if (data23.maxConnectionDuration !== void 0) {
                              if (typeof data23.maxConnectionDuration !== "string") {
                                const err34 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/maxConnectionDuration", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/maxConnectionDuration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err34];
                                } else {
                                  vErrors.push(err34);
                                }
                                errors++;
                              }
                            }
                            if (data23.maxConnections !== void 0) {
                              let data27 = data23.maxConnections;
                              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                                const err35 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/maxConnections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err35];
                                } else {
                                  vErrors.push(err35);
                                }
                                errors++;
                              }
                              if (typeof data27 == "number" && isFinite(data27)) {
                                if (!formats10.validate(data27)) {
                                  const err36 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/maxConnections/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err36];
                                  } else {
                                    vErrors.push(err36);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data23.tcpKeepalive !== void 0) {
                              let data28 = data23.tcpKeepalive;
                              if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                                for (const key8 in data28) {
                                  if (!(key8 === "interval" || key8 === "probes" || key8 === "time")) {
                                    const err37 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err37];
                                    } else {
                                      vErrors.push(err37);
                                    }
                                    errors++;
                                  }
                                }
                                if (data28.interval !== void 0) {
                                  if (typeof data28.interval !== "string") {
                                    const err38 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/tcpKeepalive/interval", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err38];
                                    } else {
                                      vErrors.push(err38);
                                    }
                                    errors++;
                                  }
                                }
                                if (data28.probes !== void 0) {
                                  let data30 = data28.probes;
                                  if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30)) && isFinite(data30))) {
                                    const err39 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err39];
                                    } else {
                                      vErrors.push(err39);
                                    }
                                    errors++;
                                  }
                                  if (typeof data30 == "number" && isFinite(data30)) {
                                    if (data30 > 4294967295 || isNaN(data30)) {
                                      const err40 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err40];
                                      } else {
                                        vErrors.push(err40);
                                      }
                                      errors++;
                                    }
                                    if (data30 < 0 || isNaN(data30)) {
                                      const err41 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err41];
                                      } else {
                                        vErrors.push(err41);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data28.time !== void 0) {
                                  if (typeof data28.time !== "string") {
                                    const err42 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/tcpKeepalive/time", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err42];
                                    } else {
                                      vErrors.push(err42);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err43 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err43];
                                } else {
                                  vErrors.push(err43);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err44 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool/tcp", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/properties/tcp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err44];
                            } else {
                              vErrors.push(err44);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err45 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/connectionPool", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/connectionPool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                    if (data12.loadBalancer !== void 0) {
                      let data32 = data12.loadBalancer;
                      const _errs75 = errors;
                      let valid13 = false;
                      let passing0 = null;
                      const _errs76 = errors;
                      const _errs77 = errors;
                      const _errs78 = errors;
                      const _errs79 = errors;
                      let valid15 = false;
                      const _errs80 = errors;
                      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                        let missing0;
                        if (data32.simple === void 0 && (missing0 = "simple")) {
                          const err46 = {};
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                      }
                      var _valid1 = _errs80 === errors;
                      valid15 = valid15 || _valid1;
                      if (!valid15) {
                        const _errs81 = errors;
                        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                          let missing1;
                          if (data32.consistentHash === void 0 && (missing1 = "consistentHash")) {
                            const err47 = {};
                            if (vErrors === null) {
                              vErrors = [err47];
                            } else {
                              vErrors.push(err47);
                            }
                            errors++;
                          }
                        }
                        var _valid1 = _errs81 === errors;
                        valid15 = valid15 || _valid1;
                      }
                      if (!valid15) {
                        const err48 = {};
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      } else {
                        errors = _errs79;
                        if (vErrors !== null) {
                          if (_errs79) {
                            vErrors.length = _errs79;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid14 = _errs78 === errors;
                      if (valid14) {
                        const err49 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      } else {
                        errors = _errs77;
                        if (vErrors !== null) {
                          if (_errs77) {
                            vErrors.length = _errs77;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var _valid0 = _errs76 === errors;
                      if (_valid0) {
                        valid13 = true;
                        passing0 = 0;
                      }
                      const _errs82 = errors;
                      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                        if (data32.simple === void 0) {
                          const err50 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/oneOf/1/required", keyword: "required", params: { missingProperty: "simple" }, message: "must have required property 'simple'" };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs82 === errors;
                      if (_valid0 && valid13) {
                        valid13 = false;
                        passing0 = [passing0, 1];
                      } else {
                        if (_valid0) {
                          valid13 = true;
                          passing0 = 1;
                        }
                        const _errs83 = errors;
                        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                          if (data32.consistentHash === void 0) {
                            const err51 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/oneOf/2/required", keyword: "required", params: { missingProperty: "consistentHash" }, message: "must have required property 'consistentHash'" };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                        }
                        var _valid0 = _errs83 === errors;
                        if (_valid0 && valid13) {
                          valid13 = false;
                          passing0 = [passing0, 2];
                        } else {
                          if (_valid0) {
                            valid13 = true;
                            passing0 = 2;
                          }
                        }
                      }
                      if (!valid13) {
                        const err52 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      } else {
                        errors = _errs75;
                        if (vErrors !== null) {
                          if (_errs75) {
                            vErrors.length = _errs75;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                        for (const key9 in data32) {
                          if (!(key9 === "consistentHash" || key9 === "localityLbSetting" || key9 === "simple" || key9 === "warmup" || key9 === "warmupDurationSecs")) {
                            const err53 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err53];
                            } else {
                              vErrors.push(err53);
                            }
                            errors++;
                          }
                        }
                        if (data32.consistentHash !== void 0) {
                          let data33 = data32.consistentHash;
                          const _errs88 = errors;
                          let valid18 = false;
                          let passing1 = null;
                          const _errs89 = errors;
                          const _errs90 = errors;
                          const _errs91 = errors;
                          const _errs92 = errors;
                          let valid20 = false;
                          const _errs93 = errors;
                          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            let missing2;
                            if (data33.httpHeaderName === void 0 && (missing2 = "httpHeaderName")) {
                              const err54 = {};
                              if (vErrors === null) {
                                vErrors = [err54];
                              } else {
                                vErrors.push(err54);
                              }
                              errors++;
                            }
                          }
                          var _valid3 = _errs93 === errors;
                          valid20 = valid20 || _valid3;
                          if (!valid20) {
                            const _errs94 = errors;
                            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                              let missing3;
                              if (data33.httpCookie === void 0 && (missing3 = "httpCookie")) {
                                const err55 = {};
                                if (vErrors === null) {
                                  vErrors = [err55];
                                } else {
                                  vErrors.push(err55);
                                }
                                errors++;
                              }
                            }
                            var _valid3 = _errs94 === errors;
                            valid20 = valid20 || _valid3;
                            if (!valid20) {
                              const _errs95 = errors;
                              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                let missing4;
                                if (data33.useSourceIp === void 0 && (missing4 = "useSourceIp")) {
                                  const err56 = {};
                                  if (vErrors === null) {
                                    vErrors = [err56];
                                  } else {
                                    vErrors.push(err56);
                                  }
                                  errors++;
                                }
                              }
                              var _valid3 = _errs95 === errors;
                              valid20 = valid20 || _valid3;
                              if (!valid20) {
                                const _errs96 = errors;
                                if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                  let missing5;
                                  if (data33.httpQueryParameterName === void 0 && (missing5 = "httpQueryParameterName")) {
                                    const err57 = {};
                                    if (vErrors === null) {
                                      vErrors = [err57];
                                    } else {
                                      vErrors.push(err57);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid3 = _errs96 === errors;
                                valid20 = valid20 || _valid3;
                              }
                            }
                          }
                          if (!valid20) {
                            const err58 = {};
                            if (vErrors === null) {
                              vErrors = [err58];
                            } else {
                              vErrors.push(err58);
                            }
                            errors++;
                          } else {
                            errors = _errs92;
                            if (vErrors !== null) {
                              if (_errs92) {
                                vErrors.length = _errs92;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid19 = _errs91 === errors;
                          if (valid19) {
                            const err59 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err59];
                            } else {
                              vErrors.push(err59);
                            }
                            errors++;
                          } else {
                            errors = _errs90;
                            if (vErrors !== null) {
                              if (_errs90) {
                                vErrors.length = _errs90;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid2 = _errs89 === errors;
                          if (_valid2) {
                            valid18 = true;
                            passing1 = 0;
                          }
                          const _errs97 = errors;
                          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            if (data33.httpHeaderName === void 0) {
                              const err60 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/1/required", keyword: "required", params: { missingProperty: "httpHeaderName" }, message: "must have required property 'httpHeaderName'" };
                              if (vErrors === null) {
                                vErrors = [err60];
                              } else {
                                vErrors.push(err60);
                              }
                              errors++;
                            }
                          }
                          var _valid2 = _errs97 === errors;
                          if (_valid2 && valid18) {
                            valid18 = false;
                            passing1 = [passing1, 1];
                          } else {
                            if (_valid2) {
                              valid18 = true;
                              passing1 = 1;
                            }
                            const _errs98 = errors;
                            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                              if (data33.httpCookie === void 0) {
                                const err61 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/2/required", keyword: "required", params: { missingProperty: "httpCookie" }, message: "must have required property 'httpCookie'" };
                                if (vErrors === null) {
                                  vErrors = [err61];
                                } else {
                                  vErrors.push(err61);
                                }
                                errors++;
                              }
                            }
                            var _valid2 = _errs98 === errors;
                            if (_valid2 && valid18) {
                              valid18 = false;
                              passing1 = [passing1, 2];
                            } else {
                              if (_valid2) {
                                valid18 = true;
                                passing1 = 2;
                              }
                              const _errs99 = errors;
                              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                if (data33.useSourceIp === void 0) {
                                  const err62 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/3/required", keyword: "required", params: { missingProperty: "useSourceIp" }, message: "must have required property 'useSourceIp'" };
                                  if (vErrors === null) {
                                    vErrors = [err62];
                                  } else {
                                    vErrors.push(err62);
                                  }
                                  errors++;
                                }
                              }
                              var _valid2 = _errs99 === errors;
                              if (_valid2 && valid18) {
                                valid18 = false;
                                passing1 = [passing1, 3];
                              } else {
                                if (_valid2) {
                                  valid18 = true;
                                  passing1 = 3;
                                }
                                const _errs100 = errors;
                                if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                  if (data33.httpQueryParameterName === void 0) {
                                    const err63 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/4/required", keyword: "required", params: { missingProperty: "httpQueryParameterName" }, message: "must have required property 'httpQueryParameterName'" };
                                    if (vErrors === null) {
                                      vErrors = [err63];
                                    } else {
                                      vErrors.push(err63);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid2 = _errs100 === errors;
                                if (_valid2 && valid18) {
                                  valid18 = false;
                                  passing1 = [passing1, 4];
                                } else {
                                  if (_valid2) {
                                    valid18 = true;
                                    passing1 = 4;
                                  }
                                }
                              }
                            }
                          }
                          if (!valid18) {
                            const err64 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          } else {
                            errors = _errs88;
                            if (vErrors !== null) {
                              if (_errs88) {
                                vErrors.length = _errs88;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          const _errs102 = errors;
                          let valid21 = false;
                          let passing2 = null;
                          const _errs103 = errors;
                          const _errs104 = errors;
                          const _errs105 = errors;
                          const _errs106 = errors;
                          let valid23 = false;
                          const _errs107 = errors;
                          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            let missing6;
                            if (data33.ringHash === void 0 && (missing6 = "ringHash")) {
                              const err65 = {};
                              if (vErrors === null) {
                                vErrors = [err65];
                              } else {
                                vErrors.push(err65);
                              }
                              errors++;
                            }
                          }
                          var _valid5 = _errs107 === errors;
                          valid23 = valid23 || _valid5;
                          if (!valid23) {
                            const _errs108 = errors;
                            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                              let missing7;
                              if (data33.maglev === void 0 && (missing7 = "maglev")) {
                                const err66 = {};
                                if (vErrors === null) {
                                  vErrors = [err66];
                                } else {
                                  vErrors.push(err66);
                                }
                                errors++;
                              }
                            }
                            var _valid5 = _errs108 === errors;
                            valid23 = valid23 || _valid5;
                          }
                          if (!valid23) {
                            const err67 = {};
                            if (vErrors === null) {
                              vErrors = [err67];
                            } else {
                              vErrors.push(err67);
                            }
                            errors++;
                          } else {
                            errors = _errs106;
                            if (vErrors !== null) {
                              if (_errs106) {
                                vErrors.length = _errs106;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid22 = _errs105 === errors;
                          if (valid22) {
                            const err68 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          } else {
                            errors = _errs104;
                            if (vErrors !== null) {
                              if (_errs104) {
                                vErrors.length = _errs104;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid4 = _errs103 === errors;
                          if (_valid4) {
                            valid21 = true;
                            passing2 = 0;
                          }
                          const _errs109 = errors;
                          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            if (data33.ringHash === void 0) {
                              const err69 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/1/required", keyword: "required", params: { missingProperty: "ringHash" }, message: "must have required property 'ringHash'" };
                              if (vErrors === null) {
                                vErrors = [err69];
                              } else {
                                vErrors.push(err69);
                              }
                              errors++;
                            }
                          }
                          var _valid4 = _errs109 === errors;
                          if (_valid4 && valid21) {
                            valid21 = false;
                            passing2 = [passing2, 1];
                          } else {
                            if (_valid4) {
                              valid21 = true;
                              passing2 = 1;
                            }
                            const _errs110 = errors;
                            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                              if (data33.maglev === void 0) {
                                const err70 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/2/required", keyword: "required", params: { missingProperty: "maglev" }, message: "must have required property 'maglev'" };
                                if (vErrors === null) {
                                  vErrors = [err70];
                                } else {
                                  vErrors.push(err70);
                                }
                                errors++;
                              }
                            }
                            var _valid4 = _errs110 === errors;
                            if (_valid4 && valid21) {
                              valid21 = false;
                              passing2 = [passing2, 2];
                            } else {
                              if (_valid4) {
                                valid21 = true;
                                passing2 = 2;
                              }
                            }
                          }
                          if (!valid21) {
                            const err71 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err71];
                            } else {
                              vErrors.push(err71);
                            }
                            errors++;
                          } else {
                            errors = _errs102;
                            if (vErrors !== null) {
                              if (_errs102) {
                                vErrors.length = _errs102;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                            for (const key10 in data33) {
                              if (!(key10 === "httpCookie" || key10 === "httpHeaderName" || key10 === "httpQueryParameterName" || key10 === "maglev" || key10 === "minimumRingSize" || key10 === "ringHash" || key10 === "useSourceIp")) {
                                const err72 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err72];
                                } else {
                                  vErrors.push(err72);
                                }
                                errors++;
                              }
                            }
                            if (data33.httpCookie !== void 0) {
                              let data34 = data33.httpCookie;
                              if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                                if (data34.name === void 0) {
                                  const err73 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                                  if (vErrors === null) {
                                    vErrors = [err73];
                                  } else {
                                    vErrors.push(err73);
                                  }
                                  errors++;
                                }
                                for (const key11 in data34) {
                                  if (!(key11 === "attributes" || key11 === "name" || key11 === "path" || key11 === "ttl")) {
                                    const err74 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err74];
                                    } else {
                                      vErrors.push(err74);
                                    }
                                    errors++;
                                  }
                                }
                                if (data34.attributes !== void 0) {
                                  let data35 = data34.attributes;
                                  if (Array.isArray(data35)) {
                                    const len2 = data35.length;
                                    for (let i2 = 0; i2 < len2; i2++) {
                                      let data36 = data35[i2];
                                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                                        if (data36.name === void 0) {
                                          const err75 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i2, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                                          if (vErrors === null) {
                                            vErrors = [err75];
                                          } else {
                                            vErrors.push(err75);
                                          }
                                          errors++;
                                        }
                                        for (const key12 in data36) {
                                          if (!(key12 === "name" || key12 === "value")) {
                                            const err76 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i2, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                              vErrors = [err76];
                                            } else {
                                              vErrors.push(err76);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data36.name !== void 0) {
                                          if (typeof data36.name !== "string") {
                                            const err77 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i2 + "/name", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err77];
                                            } else {
                                              vErrors.push(err77);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data36.value !== void 0) {
                                          if (typeof data36.value !== "string") {
                                            const err78 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i2 + "/value", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err78];
                                            } else {
                                              vErrors.push(err78);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err79 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i2, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err79];
                                        } else {
                                          vErrors.push(err79);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err80 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err80];
                                    } else {
                                      vErrors.push(err80);
                                    }
                                    errors++;
                                  }
                                }
                                if (data34.name !== void 0) {
                                  if (typeof data34.name !== "string") {
                                    const err81 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/name", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err81];
                                    } else {
                                      vErrors.push(err81);
                                    }
                                    errors++;
                                  }
                                }
                                if (data34.path !== void 0) {
                                  if (typeof data34.path !== "string") {
                                    const err82 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/path", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err82];
                                    } else {
                                      vErrors.push(err82);
                                    }
                                    errors++;
                                  }
                                }
                                if (data34.ttl !== void 0) {
                                  if (typeof data34.ttl !== "string") {
                                    const err83 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie/ttl", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/ttl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err83];
                                    } else {
                                      vErrors.push(err83);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err84 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err84];
                                } else {
                                  vErrors.push(err84);
                                }
                                errors++;
                              }
                            }
                            if (data33.httpHeaderName !== void 0) {
                              if (typeof data33.httpHeaderName !== "string") {
                                const err85 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpHeaderName", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpHeaderName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err85];
                                } else {
                                  vErrors.push(err85);
                                }
                                errors++;
                              }
                            }
                            if (data33.httpQueryParameterName !== void 0) {
                              if (typeof data33.httpQueryParameterName !== "string") {
                                const err86 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/httpQueryParameterName", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpQueryParameterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err86];
                                } else {
                                  vErrors.push(err86);
                                }
                                errors++;
                              }
                            }
                            if (data33.maglev !== void 0) {
                              let data44 = data33.maglev;
                              if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                                for (const key13 in data44) {
                                  if (!(key13 === "tableSize")) {
                                    const err87 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/maglev", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/maglev/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err87];
                                    } else {
                                      vErrors.push(err87);
                                    }
                                    errors++;
                                  }
                                }
                                if (data44.tableSize !== void 0) {
                                  let data45 = data44.tableSize;
                                  if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)) && isFinite(data45))) {
                                    const err88 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/maglev/tableSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/maglev/properties/tableSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err88];
                                    } else {
                                      vErrors.push(err88);
                                    }
                                    errors++;
                                  }
                                  if (typeof data45 == "number" && isFinite(data45)) {
                                    if (data45 < 0 || isNaN(data45)) {
                                      const err89 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/maglev/tableSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/maglev/properties/tableSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err89];
                                      } else {
                                        vErrors.push(err89);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err90 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/maglev", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/maglev/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err90];
                                } else {
                                  vErrors.push(err90);
                                }
                                errors++;
                              }
                            }
                            if (data33.minimumRingSize !== void 0) {
                              let data46 = data33.minimumRingSize;
                              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
                                const err91 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/minimumRingSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/minimumRingSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err91];
                                } else {
                                  vErrors.push(err91);
                                }
                                errors++;
                              }
                              if (typeof data46 == "number" && isFinite(data46)) {
                                if (data46 < 0 || isNaN(data46)) {
                                  const err92 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/minimumRingSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/minimumRingSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err92];
                                  } else {
                                    vErrors.push(err92);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data33.ringHash !== void 0) {
                              let data47 = data33.ringHash;
                              if (data47 && typeof data47 == "object" && !Array.isArray(data47)) {
                                for (const key14 in data47) {
                                  if (!(key14 === "minimumRingSize")) {
                                    const err93 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/ringHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/ringHash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err93];
                                    } else {
                                      vErrors.push(err93);
                                    }
                                    errors++;
                                  }
                                }
                                if (data47.minimumRingSize !== void 0) {
                                  let data48 = data47.minimumRingSize;
                                  if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)) && isFinite(data48))) {
                                    const err94 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/ringHash/minimumRingSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/ringHash/properties/minimumRingSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err94];
                                    } else {
                                      vErrors.push(err94);
                                    }
                                    errors++;
                                  }
                                  if (typeof data48 == "number" && isFinite(data48)) {
                                    if (data48 < 0 || isNaN(data48)) {
                                      const err95 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/ringHash/minimumRingSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/ringHash/properties/minimumRingSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err95];
                                      } else {
                                        vErrors.push(err95);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err96 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/ringHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/ringHash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err96];
                                } else {
                                  vErrors.push(err96);
                                }
                                errors++;
                              }
                            }
                            if (data33.useSourceIp !== void 0) {
                              if (typeof data33.useSourceIp !== "boolean") {
                                const err97 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash/useSourceIp", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/useSourceIp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err97];
                                } else {
                                  vErrors.push(err97);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err98 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err98];
                            } else {
                              vErrors.push(err98);
                            }
                            errors++;
                          }
                        }
                        if (data32.localityLbSetting !== void 0) {
                          let data50 = data32.localityLbSetting;
                          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                            for (const key15 in data50) {
                              if (!(key15 === "distribute" || key15 === "enabled" || key15 === "failover" || key15 === "failoverPriority")) {
                                const err99 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err99];
                                } else {
                                  vErrors.push(err99);
                                }
                                errors++;
                              }
                            }
                            if (data50.distribute !== void 0) {
                              let data51 = data50.distribute;
                              if (Array.isArray(data51)) {
                                const len3 = data51.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                  let data52 = data51[i3];
                                  if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                                    for (const key16 in data52) {
                                      if (!(key16 === "from" || key16 === "to")) {
                                        const err100 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i3, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err100];
                                        } else {
                                          vErrors.push(err100);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data52.from !== void 0) {
                                      if (typeof data52.from !== "string") {
                                        const err101 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i3 + "/from", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err101];
                                        } else {
                                          vErrors.push(err101);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data52.to !== void 0) {
                                      let data54 = data52.to;
                                      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                                        for (const key17 in data54) {
                                          let data55 = data54[key17];
                                          if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                                            const err102 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i3 + "/to/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            if (vErrors === null) {
                                              vErrors = [err102];
                                            } else {
                                              vErrors.push(err102);
                                            }
                                            errors++;
                                          }
                                          if (typeof data55 == "number" && isFinite(data55)) {
                                            if (data55 > 4294967295 || isNaN(data55)) {
                                              const err103 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i3 + "/to/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                              if (vErrors === null) {
                                                vErrors = [err103];
                                              } else {
                                                vErrors.push(err103);
                                              }
                                              errors++;
                                            }
                                            if (data55 < 0 || isNaN(data55)) {
                                              const err104 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i3 + "/to/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                              if (vErrors === null) {
                                                vErrors = [err104];
                                              } else {
                                                vErrors.push(err104);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                      } else {
                                        const err105 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i3 + "/to", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err105];
                                        } else {
                                          vErrors.push(err105);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err106 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i3, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err106];
                                    } else {
                                      vErrors.push(err106);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err107 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/distribute", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err107];
                                } else {
                                  vErrors.push(err107);
                                }
                                errors++;
                              }
                            }
                            if (data50.enabled !== void 0) {
                              let data56 = data50.enabled;
                              if (typeof data56 !== "boolean" && data56 !== null) {
                                const err108 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/enabled", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err108];
                                } else {
                                  vErrors.push(err108);
                                }
                                errors++;
                              }
                            }
                            if (data50.failover !== void 0) {
                              let data57 = data50.failover;
                              if (Array.isArray(data57)) {
                                const len4 = data57.length;
                                for (let i4 = 0; i4 < len4; i4++) {
                                  let data58 = data57[i4];
                                  if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                                    for (const key18 in data58) {
                                      if (!(key18 === "from" || key18 === "to")) {
                                        const err109 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/failover/" + i4, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err109];
                                        } else {
                                          vErrors.push(err109);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data58.from !== void 0) {
                                      if (typeof data58.from !== "string") {
                                        const err110 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/failover/" + i4 + "/from", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err110];
                                        } else {
                                          vErrors.push(err110);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data58.to !== void 0) {
                                      if (typeof data58.to !== "string") {
                                        const err111 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/failover/" + i4 + "/to", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err111];
                                        } else {
                                          vErrors.push(err111);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err112 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/failover/" + i4, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err112];
                                    } else {
                                      vErrors.push(err112);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err113 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/failover", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err113];
                                } else {
                                  vErrors.push(err113);
                                }
                                errors++;
                              }
                            }
                            if (data50.failoverPriority !== void 0) {
                              let data61 = data50.failoverPriority;
                              if (Array.isArray(data61)) {
                                const len5 = data61.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                  if (typeof data61[i5] !== "string") {
                                    const err114 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/failoverPriority/" + i5, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failoverPriority/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err114];
                                    } else {
                                      vErrors.push(err114);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err115 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting/failoverPriority", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failoverPriority/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err115];
                                } else {
                                  vErrors.push(err115);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err116 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/localityLbSetting", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err116];
                            } else {
                              vErrors.push(err116);
                            }
                            errors++;
                          }
                        }
                        if (data32.simple !== void 0) {
                          let data63 = data32.simple;
                          if (typeof data63 !== "string") {
                            const err117 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/simple", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/simple/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err117];
                            } else {
                              vErrors.push(err117);
                            }
                            errors++;
                          }
                          if (!(data63 === "UNSPECIFIED" || data63 === "LEAST_CONN" || data63 === "RANDOM" || data63 === "PASSTHROUGH" || data63 === "ROUND_ROBIN" || data63 === "LEAST_REQUEST")) {
                            const err118 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/simple", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/simple/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.loadBalancer.properties.simple.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err118];
                            } else {
                              vErrors.push(err118);
                            }
                            errors++;
                          }
                        }
                        if (data32.warmup !== void 0) {
                          let data64 = data32.warmup;
                          if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                            if (data64.duration === void 0) {
                              const err119 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'" };
                              if (vErrors === null) {
                                vErrors = [err119];
                              } else {
                                vErrors.push(err119);
                              }
                              errors++;
                            }
                            for (const key19 in data64) {
                              if (!(key19 === "aggression" || key19 === "duration" || key19 === "minimumPercent")) {
                                const err120 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err120];
                                } else {
                                  vErrors.push(err120);
                                }
                                errors++;
                              }
                            }
                            if (data64.aggression !== void 0) {
                              let data65 = data64.aggression;
                              if (!(typeof data65 == "number" && isFinite(data65)) && data65 !== null) {
                                const err121 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/aggression/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err121];
                                } else {
                                  vErrors.push(err121);
                                }
                                errors++;
                              }
                              if (typeof data65 == "number" && isFinite(data65)) {
                                if (data65 < 0 || isNaN(data65)) {
                                  const err122 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/aggression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err122];
                                  } else {
                                    vErrors.push(err122);
                                  }
                                  errors++;
                                }
                                if (!formats22.validate(data65)) {
                                  const err123 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/aggression/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                  if (vErrors === null) {
                                    vErrors = [err123];
                                  } else {
                                    vErrors.push(err123);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data64.duration !== void 0) {
                              if (typeof data64.duration !== "string") {
                                const err124 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup/duration", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err124];
                                } else {
                                  vErrors.push(err124);
                                }
                                errors++;
                              }
                            }
                            if (data64.minimumPercent !== void 0) {
                              let data67 = data64.minimumPercent;
                              if (!(typeof data67 == "number" && isFinite(data67)) && data67 !== null) {
                                const err125 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/minimumPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err125];
                                } else {
                                  vErrors.push(err125);
                                }
                                errors++;
                              }
                              if (typeof data67 == "number" && isFinite(data67)) {
                                if (data67 > 100 || isNaN(data67)) {
                                  const err126 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/minimumPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                                  if (vErrors === null) {
                                    vErrors = [err126];
                                  } else {
                                    vErrors.push(err126);
                                  }
                                  errors++;
                                }
                                if (data67 < 0 || isNaN(data67)) {
                                  const err127 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/minimumPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err127];
                                  } else {
                                    vErrors.push(err127);
                                  }
                                  errors++;
                                }
                                if (!formats22.validate(data67)) {
                                  const err128 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/minimumPercent/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                  if (vErrors === null) {
                                    vErrors = [err128];
                                  } else {
                                    vErrors.push(err128);
                                  }
                                  errors++;
                                }
                              }
                            }
                          } else {
                            const err129 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err129];
                            } else {
                              vErrors.push(err129);
                            }
                            errors++;
                          }
                        }
                        if (data32.warmupDurationSecs !== void 0) {
                          if (typeof data32.warmupDurationSecs !== "string") {
                            const err130 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer/warmupDurationSecs", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/properties/warmupDurationSecs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err130];
                            } else {
                              vErrors.push(err130);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err131 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/loadBalancer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                    if (data12.outlierDetection !== void 0) {
                      let data69 = data12.outlierDetection;
                      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                        for (const key20 in data69) {
                          if (!func2.call(schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.outlierDetection.properties, key20)) {
                            const err132 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err132];
                            } else {
                              vErrors.push(err132);
                            }
                            errors++;
                          }
                        }
                        if (data69.baseEjectionTime !== void 0) {
                          if (typeof data69.baseEjectionTime !== "string") {
                            const err133 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/baseEjectionTime", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/baseEjectionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err133];
                            } else {
                              vErrors.push(err133);
                            }
                            errors++;
                          }
                        }
                        if (data69.consecutive5xxErrors !== void 0) {
                          let data71 = data69.consecutive5xxErrors;
                          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71)) && data71 !== null) {
                            const err134 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutive5xxErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err134];
                            } else {
                              vErrors.push(err134);
                            }
                            errors++;
                          }
                          if (typeof data71 == "number" && isFinite(data71)) {
                            if (data71 > 4294967295 || isNaN(data71)) {
                              const err135 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutive5xxErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err135];
                              } else {
                                vErrors.push(err135);
                              }
                              errors++;
                            }
                            if (data71 < 0 || isNaN(data71)) {
                              const err136 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutive5xxErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err136];
                              } else {
                                vErrors.push(err136);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data69.consecutiveErrors !== void 0) {
                          let data72 = data69.consecutiveErrors;
                          if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
                            const err137 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutiveErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err137];
                            } else {
                              vErrors.push(err137);
                            }
                            errors++;
                          }
                          if (typeof data72 == "number" && isFinite(data72)) {
                            if (!formats10.validate(data72)) {
                              const err138 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutiveErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveErrors/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err138];
                              } else {
                                vErrors.push(err138);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data69.consecutiveGatewayErrors !== void 0) {
                          let data73 = data69.consecutiveGatewayErrors;
                          if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)) && isFinite(data73)) && data73 !== null) {
                            const err139 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveGatewayErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err139];
                            } else {
                              vErrors.push(err139);
                            }
                            errors++;
                          }
                          if (typeof data73 == "number" && isFinite(data73)) {
                            if (data73 > 4294967295 || isNaN(data73)) {
                              const err140 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveGatewayErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err140];
                              } else {
                                vErrors.push(err140);
                              }
                              errors++;
                            }
                            if (data73 < 0 || isNaN(data73)) {
                              const err141 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveGatewayErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err141];
                              } else {
                                vErrors.push(err141);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data69.consecutiveLocalOriginFailures !== void 0) {
                          let data74 = data69.consecutiveLocalOriginFailures;
                          if (!(typeof data74 == "number" && (!(data74 % 1) && !isNaN(data74)) && isFinite(data74)) && data74 !== null) {
                            const err142 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveLocalOriginFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err142];
                            } else {
                              vErrors.push(err142);
                            }
                            errors++;
                          }
                          if (typeof data74 == "number" && isFinite(data74)) {
                            if (data74 > 4294967295 || isNaN(data74)) {
                              const err143 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveLocalOriginFailures/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err143];
                              } else {
                                vErrors.push(err143);
                              }
                              errors++;
                            }
                            if (data74 < 0 || isNaN(data74)) {
                              const err144 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveLocalOriginFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err144];
                              } else {
                                vErrors.push(err144);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data69.interval !== void 0) {
                          if (typeof data69.interval !== "string") {
                            const err145 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/interval", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err145];
                            } else {
                              vErrors.push(err145);
                            }
                            errors++;
                          }
                        }
                        if (data69.maxEjectionPercent !== void 0) {
                          let data76 = data69.maxEjectionPercent;
                          if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)) && isFinite(data76))) {
                            const err146 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/maxEjectionPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err146];
                            } else {
                              vErrors.push(err146);
                            }
                            errors++;
                          }
                          if (typeof data76 == "number" && isFinite(data76)) {
                            if (!formats10.validate(data76)) {
                              const err147 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/maxEjectionPercent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err147];
                              } else {
                                vErrors.push(err147);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data69.minHealthPercent !== void 0) {
                          let data77 = data69.minHealthPercent;
                          if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)) && isFinite(data77))) {
                            const err148 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/minHealthPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/minHealthPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err148];
                            } else {
                              vErrors.push(err148);
                            }
                            errors++;
                          }
                          if (typeof data77 == "number" && isFinite(data77)) {
                            if (!formats10.validate(data77)) {
                              const err149 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/minHealthPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/minHealthPercent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err149];
                              } else {
                                vErrors.push(err149);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data69.splitExternalLocalOriginErrors !== void 0) {
                          if (typeof data69.splitExternalLocalOriginErrors !== "boolean") {
                            const err150 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection/splitExternalLocalOriginErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/properties/splitExternalLocalOriginErrors/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err150];
                            } else {
                              vErrors.push(err150);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err151 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/outlierDetection", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/outlierDetection/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data12.portLevelSettings !== void 0) {
                      let data79 = data12.portLevelSettings;
                      if (Array.isArray(data79)) {
                        if (data79.length > 4096) {
                          const err152 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/maxItems", keyword: "maxItems", params: { limit: 4096 }, message: "must NOT have more than 4096 items" };
                          if (vErrors === null) {
                            vErrors = [err152];
                          } else {
                            vErrors.push(err152);
                          }
                          errors++;
                        }
                        const len6 = data79.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          let data80 = data79[i6];
                          if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
                            for (const key21 in data80) {
                              if (!(key21 === "connectionPool" || key21 === "loadBalancer" || key21 === "outlierDetection" || key21 === "port" || key21 === "tls")) {
                                const err153 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err153];
                                } else {
                                  vErrors.push(err153);
                                }
                                errors++;
                              }
                            }
                            if (data80.connectionPool !== void 0) {
                              let data81 = data80.connectionPool;
                              if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                                for (const key22 in data81) {
                                  if (!(key22 === "http" || key22 === "tcp")) {
                                    const err154 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err154];
                                    } else {
                                      vErrors.push(err154);
                                    }
                                    errors++;
                                  }
                                }
                                if (data81.http !== void 0) {
                                  let data82 = data81.http;
                                  if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                                    for (const key23 in data82) {
                                      if (!(key23 === "h2UpgradePolicy" || key23 === "http1MaxPendingRequests" || key23 === "http2MaxRequests" || key23 === "idleTimeout" || key23 === "maxConcurrentStreams" || key23 === "maxRequestsPerConnection" || key23 === "maxRetries" || key23 === "useClientProtocol")) {
                                        const err155 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err155];
                                        } else {
                                          vErrors.push(err155);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data82.h2UpgradePolicy !== void 0) {
                                      let data83 = data82.h2UpgradePolicy;
                                      if (typeof data83 !== "string") {
                                        const err156 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/h2UpgradePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err156];
                                        } else {
                                          vErrors.push(err156);
                                        }
                                        errors++;
                                      }
                                      if (!(data83 === "DEFAULT" || data83 === "DO_NOT_UPGRADE" || data83 === "UPGRADE")) {
                                        const err157 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/h2UpgradePolicy/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.portLevelSettings.items.properties.connectionPool.properties.http.properties.h2UpgradePolicy.enum }, message: "must be equal to one of the allowed values" };
                                        if (vErrors === null) {
                                          vErrors = [err157];
                                        } else {
                                          vErrors.push(err157);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data82.http1MaxPendingRequests !== void 0) {
                                      let data84 = data82.http1MaxPendingRequests;
                                      if (!(typeof data84 == "number" && (!(data84 % 1) && !isNaN(data84)) && isFinite(data84))) {
                                        const err158 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                          vErrors = [err158];
                                        } else {
                                          vErrors.push(err158);
                                        }
                                        errors++;
                                      }
                                      if (typeof data84 == "number" && isFinite(data84)) {
                                        if (!formats10.validate(data84)) {
                                          const err159 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                          if (vErrors === null) {
                                            vErrors = [err159];
                                          } else {
                                            vErrors.push(err159);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data82.http2MaxRequests !== void 0) {
                                      let data85 = data82.http2MaxRequests;
                                      if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)) && isFinite(data85))) {
                                        const err160 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/http2MaxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                          vErrors = [err160];
                                        } else {
                                          vErrors.push(err160);
                                        }
                                        errors++;
                                      }
                                      if (typeof data85 == "number" && isFinite(data85)) {
                                        if (!formats10.validate(data85)) {
                                          const err161 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/http2MaxRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                          if (vErrors === null) {
                                            vErrors = [err161];
                                          } else {
                                            vErrors.push(err161);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data82.idleTimeout !== void 0) {
                                      if (typeof data82.idleTimeout !== "string") {
                                        const err162 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/idleTimeout", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err162];
                                        } else {
                                          vErrors.push(err162);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data82.maxConcurrentStreams !== void 0) {
                                      let data87 = data82.maxConcurrentStreams;
                                      if (!(typeof data87 == "number" && (!(data87 % 1) && !isNaN(data87)) && isFinite(data87))) {
                                        const err163 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxConcurrentStreams/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                          vErrors = [err163];
                                        } else {
                                          vErrors.push(err163);
                                        }
                                        errors++;
                                      }
                                      if (typeof data87 == "number" && isFinite(data87)) {
                                        if (!formats10.validate(data87)) {
                                          const err164 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxConcurrentStreams/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                          if (vErrors === null) {
                                            vErrors = [err164];
                                          } else {
                                            vErrors.push(err164);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data82.maxRequestsPerConnection !== void 0) {
                                      let data88 = data82.maxRequestsPerConnection;
                                      if (!(typeof data88 == "number" && (!(data88 % 1) && !isNaN(data88)) && isFinite(data88))) {
                                        const err165 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                          vErrors = [err165];
                                        } else {
                                          vErrors.push(err165);
                                        }
                                        errors++;
                                      }
                                      if (typeof data88 == "number" && isFinite(data88)) {
                                        if (!formats10.validate(data88)) {
                                          const err166 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                          if (vErrors === null) {
                                            vErrors = [err166];
                                          } else {
                                            vErrors.push(err166);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data82.maxRetries !== void 0) {
                                      let data89 = data82.maxRetries;
                                      if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)) && isFinite(data89))) {
                                        const err167 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                          vErrors = [err167];
                                        } else {
                                          vErrors.push(err167);
                                        }
                                        errors++;
                                      }
                                      if (typeof data89 == "number" && isFinite(data89)) {
                                        if (!formats10.validate(data89)) {
                                          const err168 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxRetries/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                          if (vErrors === null) {
                                            vErrors = [err168];
                                          } else {
                                            vErrors.push(err168);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data82.useClientProtocol !== void 0) {
                                      if (typeof data82.useClientProtocol !== "boolean") {
                                        const err169 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http/useClientProtocol", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/useClientProtocol/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                        if (vErrors === null) {
                                          vErrors = [err169];
                                        } else {
                                          vErrors.push(err169);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err170 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/http", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err170];
                                    } else {
                                      vErrors.push(err170);
                                    }
                                    errors++;
                                  }
                                }
                                if (data81.tcp !== void 0) {
                                  let data91 = data81.tcp;
                                  if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
                                    for (const key24 in data91) {
                                      if (!(key24 === "connectTimeout" || key24 === "idleTimeout" || key24 === "maxConnectionDuration" || key24 === "maxConnections" || key24 === "tcpKeepalive")) {
                                        const err171 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err171];
                                        } else {
                                          vErrors.push(err171);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data91.connectTimeout !== void 0) {
                                      if (typeof data91.connectTimeout !== "string") {
                                        const err172 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/connectTimeout", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/connectTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err172];
                                        } else {
                                          vErrors.push(err172);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data91.idleTimeout !== void 0) {
                                      if (typeof data91.idleTimeout !== "string") {
                                        const err173 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/idleTimeout", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err173];
                                        } else {
                                          vErrors.push(err173);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data91.maxConnectionDuration !== void 0) {
                                      if (typeof data91.maxConnectionDuration !== "string") {
                                        const err174 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/maxConnectionDuration", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/maxConnectionDuration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err174];
                                        } else {
                                          vErrors.push(err174);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data91.maxConnections !== void 0) {
                                      let data95 = data91.maxConnections;
                                      if (!(typeof data95 == "number" && (!(data95 % 1) && !isNaN(data95)) && isFinite(data95))) {
                                        const err175 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/maxConnections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                          vErrors = [err175];
                                        } else {
                                          vErrors.push(err175);
                                        }
                                        errors++;
                                      }
                                      if (typeof data95 == "number" && isFinite(data95)) {
                                        if (!formats10.validate(data95)) {
                                          const err176 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/maxConnections/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                          if (vErrors === null) {
                                            vErrors = [err176];
                                          } else {
                                            vErrors.push(err176);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data91.tcpKeepalive !== void 0) {
                                      let data96 = data91.tcpKeepalive;
                                      if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                                        for (const key25 in data96) {
                                          if (!(key25 === "interval" || key25 === "probes" || key25 === "time")) {
                                            const err177 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                              vErrors = [err177];
                                            } else {
                                              vErrors.push(err177);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data96.interval !== void 0) {
                                          if (typeof data96.interval !== "string") {
                                            const err178 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/tcpKeepalive/interval", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err178];
                                            } else {
                                              vErrors.push(err178);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data96.probes !== void 0) {
                                          let data98 = data96.probes;
                                          if (!(typeof data98 == "number" && (!(data98 % 1) && !isNaN(data98)) && isFinite(data98))) {
                                            const err179 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            if (vErrors === null) {
                                              vErrors = [err179];
                                            } else {
                                              vErrors.push(err179);
                                            }
                                            errors++;
                                          }
                                          if (typeof data98 == "number" && isFinite(data98)) {
                                            if (data98 > 4294967295 || isNaN(data98)) {
                                              const err180 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                              if (vErrors === null) {
                                                vErrors = [err180];
                                              } else {
                                                vErrors.push(err180);
                                              }
                                              errors++;
                                            }
                                            if (data98 < 0 || isNaN(data98)) {
                                              const err181 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                              if (vErrors === null) {
                                                vErrors = [err181];
                                              } else {
                                                vErrors.push(err181);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                        if (data96.time !== void 0) {
                                          if (typeof data96.time !== "string") {
                                            const err182 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/tcpKeepalive/time", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err182];
                                            } else {
                                              vErrors.push(err182);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err183 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err183];
                                        } else {
                                          vErrors.push(err183);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err184 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool/tcp", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err184];
                                    } else {
                                      vErrors.push(err184);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err185 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/connectionPool", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err185];
                                } else {
                                  vErrors.push(err185);
                                }
                                errors++;
                              }
                            }
                            if (data80.loadBalancer !== void 0) {
                              let data100 = data80.loadBalancer;
                              const _errs267 = errors;
                              let valid50 = false;
                              let passing3 = null;
                              const _errs268 = errors;
                              const _errs269 = errors;
                              const _errs270 = errors;
                              const _errs271 = errors;
                              let valid52 = false;
                              const _errs272 = errors;
                              if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                let missing8;
                                if (data100.simple === void 0 && (missing8 = "simple")) {
                                  const err186 = {};
                                  if (vErrors === null) {
                                    vErrors = [err186];
                                  } else {
                                    vErrors.push(err186);
                                  }
                                  errors++;
                                }
                              }
                              var _valid7 = _errs272 === errors;
                              valid52 = valid52 || _valid7;
                              if (!valid52) {
                                const _errs273 = errors;
                                if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                  let missing9;
                                  if (data100.consistentHash === void 0 && (missing9 = "consistentHash")) {
                                    const err187 = {};
                                    if (vErrors === null) {
                                      vErrors = [err187];
                                    } else {
                                      vErrors.push(err187);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid7 = _errs273 === errors;
                                valid52 = valid52 || _valid7;
                              }
                              if (!valid52) {
                                const err188 = {};
                                if (vErrors === null) {
                                  vErrors = [err188];
                                } else {
                                  vErrors.push(err188);
                                }
                                errors++;
                              } else {
                                errors = _errs271;
                                if (vErrors !== null) {
                                  if (_errs271) {
                                    vErrors.length = _errs271;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid51 = _errs270 === errors;
                              if (valid51) {
                                const err189 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                                if (vErrors === null) {
                                  vErrors = [err189];
                                } else {
                                  vErrors.push(err189);
                                }
                                errors++;
                              } else {
                                errors = _errs269;
                                if (vErrors !== null) {
                                  if (_errs269) {
                                    vErrors.length = _errs269;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var _valid6 = _errs268 === errors;
                              if (_valid6) {
                                valid50 = true;
                                passing3 = 0;
                              }
                              const _errs274 = errors;
                              if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                if (data100.simple === void 0) {
                                  const err190 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/oneOf/1/required", keyword: "required", params: { missingProperty: "simple" }, message: "must have required property 'simple'" };
                                  if (vErrors === null) {
                                    vErrors = [err190];
                                  } else {
                                    vErrors.push(err190);
                                  }
                                  errors++;
                                }
                              }
                              var _valid6 = _errs274 === errors;
                              if (_valid6 && valid50) {
                                valid50 = false;
                                passing3 = [passing3, 1];
                              } else {
                                if (_valid6) {
                                  valid50 = true;
                                  passing3 = 1;
                                }
                                const _errs275 = errors;
                                if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                  if (data100.consistentHash === void 0) {
                                    const err191 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/oneOf/2/required", keyword: "required", params: { missingProperty: "consistentHash" }, message: "must have required property 'consistentHash'" };
                                    if (vErrors === null) {
                                      vErrors = [err191];
                                    } else {
                                      vErrors.push(err191);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid6 = _errs275 === errors;
                                if (_valid6 && valid50) {
                                  valid50 = false;
                                  passing3 = [passing3, 2];
                                } else {
                                  if (_valid6) {
                                    valid50 = true;
                                    passing3 = 2;
                                  }
                                }
                              }
                              if (!valid50) {
                                const err192 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf" };
                                if (vErrors === null) {
                                  vErrors = [err192];
                                } else {
                                  vErrors.push(err192);
                                }
                                errors++;
                              } else {
                                errors = _errs267;
                                if (vErrors !== null) {
                                  if (_errs267) {
                                    vErrors.length = _errs267;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                for (const key26 in data100) {
                                  if (!(key26 === "consistentHash" || key26 === "localityLbSetting" || key26 === "simple" || key26 === "warmup" || key26 === "warmupDurationSecs")) {
                                    const err193 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err193];
                                    } else {
                                      vErrors.push(err193);
                                    }
                                    errors++;
                                  }
                                }
                                if (data100.consistentHash !== void 0) {
                                  let data101 = data100.consistentHash;
                                  const _errs280 = errors;
                                  let valid55 = false;
                                  let passing4 = null;
                                  const _errs281 = errors;
                                  const _errs282 = errors;
                                  const _errs283 = errors;
                                  const _errs284 = errors;
                                  let valid57 = false;
                                  const _errs285 = errors;
                                  if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                    let missing10;
                                    if (data101.httpHeaderName === void 0 && (missing10 = "httpHeaderName")) {
                                      const err194 = {};
                                      if (vErrors === null) {
                                        vErrors = [err194];
                                      } else {
                                        vErrors.push(err194);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid9 = _errs285 === errors;
                                  valid57 = valid57 || _valid9;
                                  if (!valid57) {
                                    const _errs286 = errors;
                                    if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                      let missing11;
                                      if (data101.httpCookie === void 0 && (missing11 = "httpCookie")) {
                                        const err195 = {};
                                        if (vErrors === null) {
                                          vErrors = [err195];
                                        } else {
                                          vErrors.push(err195);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid9 = _errs286 === errors;
                                    valid57 = valid57 || _valid9;
                                    if (!valid57) {
                                      const _errs287 = errors;
                                      if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                        let missing12;
                                        if (data101.useSourceIp === void 0 && (missing12 = "useSourceIp")) {
                                          const err196 = {};
                                          if (vErrors === null) {
                                            vErrors = [err196];
                                          } else {
                                            vErrors.push(err196);
                                          }
                                          errors++;
                                        }
                                      }
                                      var _valid9 = _errs287 === errors;
                                      valid57 = valid57 || _valid9;
                                      if (!valid57) {
                                        const _errs288 = errors;
                                        if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                          let missing13;
                                          if (data101.httpQueryParameterName === void 0 && (missing13 = "httpQueryParameterName")) {
                                            const err197 = {};
                                            if (vErrors === null) {
                                              vErrors = [err197];
                                            } else {
                                              vErrors.push(err197);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid9 = _errs288 === errors;
                                        valid57 = valid57 || _valid9;
                                      }
                                    }
                                  }
                                  if (!valid57) {
                                    const err198 = {};
                                    if (vErrors === null) {
                                      vErrors = [err198];
                                    } else {
                                      vErrors.push(err198);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs284;
                                    if (vErrors !== null) {
                                      if (_errs284) {
                                        vErrors.length = _errs284;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid56 = _errs283 === errors;
                                  if (valid56) {
                                    const err199 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                                    if (vErrors === null) {
                                      vErrors = [err199];
                                    } else {
                                      vErrors.push(err199);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs282;
                                    if (vErrors !== null) {
                                      if (_errs282) {
                                        vErrors.length = _errs282;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var _valid8 = _errs281 === errors;
                                  if (_valid8) {
                                    valid55 = true;
                                    passing4 = 0;
                                  }
                                  const _errs289 = errors;
                                  if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                    if (data101.httpHeaderName === void 0) {
                                      const err200 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/1/required", keyword: "required", params: { missingProperty: "httpHeaderName" }, message: "must have required property 'httpHeaderName'" };
                                      if (vErrors === null) {
                                        vErrors = [err200];
                                      } else {
                                        vErrors.push(err200);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid8 = _errs289 === errors;
                                  if (_valid8 && valid55) {
                                    valid55 = false;
                                    passing4 = [passing4, 1];
                                  } else {
                                    if (_valid8) {
                                      valid55 = true;
                                      passing4 = 1;
                                    }
                                    const _errs290 = errors;
                                    if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                      if (data101.httpCookie === void 0) {
                                        const err201 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/2/required", keyword: "required", params: { missingProperty: "httpCookie" }, message: "must have required property 'httpCookie'" };
                                        if (vErrors === null) {
                                          vErrors = [err201];
                                        } else {
                                          vErrors.push(err201);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid8 = _errs290 === errors;
                                    if (_valid8 && valid55) {
                                      valid55 = false;
                                      passing4 = [passing4, 2];
                                    } else {
                                      if (_valid8) {
                                        valid55 = true;
                                        passing4 = 2;
                                      }
                                      const _errs291 = errors;
                                      if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                        if (data101.useSourceIp === void 0) {
                                          const err202 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/3/required", keyword: "required", params: { missingProperty: "useSourceIp" }, message: "must have required property 'useSourceIp'" };
                                          if (vErrors === null) {
                                            vErrors = [err202];
                                          } else {
                                            vErrors.push(err202);
                                          }
                                          errors++;
                                        }
                                      }
                                      var _valid8 = _errs291 === errors;
                                      if (_valid8 && valid55) {
                                        valid55 = false;
                                        passing4 = [passing4, 3];
                                      } else {
                                        if (_valid8) {
                                          valid55 = true;
                                          passing4 = 3;
                                        }
                                        const _errs292 = errors;
                                        if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                          if (data101.httpQueryParameterName === void 0) {
                                            const err203 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/4/required", keyword: "required", params: { missingProperty: "httpQueryParameterName" }, message: "must have required property 'httpQueryParameterName'" };
                                            if (vErrors === null) {
                                              vErrors = [err203];
                                            } else {
                                              vErrors.push(err203);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid8 = _errs292 === errors;
                                        if (_valid8 && valid55) {
                                          valid55 = false;
                                          passing4 = [passing4, 4];
                                        } else {
                                          if (_valid8) {
                                            valid55 = true;
                                            passing4 = 4;
                                          }
                                        }
                                      }
                                    }
                                  }
                                  if (!valid55) {
                                    const err204 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf" };
                                    if (vErrors === null) {
                                      vErrors = [err204];
                                    } else {
                                      vErrors.push(err204);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs280;
                                    if (vErrors !== null) {
                                      if (_errs280) {
                                        vErrors.length = _errs280;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  const _errs294 = errors;
                                  let valid58 = false;
                                  let passing5 = null;
                                  const _errs295 = errors;
                                  const _errs296 = errors;
                                  const _errs297 = errors;
                                  const _errs298 = errors;
                                  let valid60 = false;
                                  const _errs299 = errors;
                                  if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                    let missing14;
                                    if (data101.ringHash === void 0 && (missing14 = "ringHash")) {
                                      const err205 = {};
                                      if (vErrors === null) {
                                        vErrors = [err205];
                                      } else {
                                        vErrors.push(err205);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid11 = _errs299 === errors;
                                  valid60 = valid60 || _valid11;
                                  if (!valid60) {
                                    const _errs300 = errors;
                                    if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                      let missing15;
                                      if (data101.maglev === void 0 && (missing15 = "maglev")) {
                                        const err206 = {};
                                        if (vErrors === null) {
                                          vErrors = [err206];
                                        } else {
                                          vErrors.push(err206);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid11 = _errs300 === errors;
                                    valid60 = valid60 || _valid11;
                                  }
                                  if (!valid60) {
                                    const err207 = {};
                                    if (vErrors === null) {
                                      vErrors = [err207];
                                    } else {
                                      vErrors.push(err207);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs298;
                                    if (vErrors !== null) {
                                      if (_errs298) {
                                        vErrors.length = _errs298;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid59 = _errs297 === errors;
                                  if (valid59) {
                                    const err208 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                                    if (vErrors === null) {
                                      vErrors = [err208];
                                    } else {
                                      vErrors.push(err208);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs296;
                                    if (vErrors !== null) {
                                      if (_errs296) {
                                        vErrors.length = _errs296;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var _valid10 = _errs295 === errors;
                                  if (_valid10) {
                                    valid58 = true;
                                    passing5 = 0;
                                  }
                                  const _errs301 = errors;
                                  if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                    if (data101.ringHash === void 0) {
                                      const err209 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/1/required", keyword: "required", params: { missingProperty: "ringHash" }, message: "must have required property 'ringHash'" };
                                      if (vErrors === null) {
                                        vErrors = [err209];
                                      } else {
                                        vErrors.push(err209);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid10 = _errs301 === errors;
                                  if (_valid10 && valid58) {
                                    valid58 = false;
                                    passing5 = [passing5, 1];
                                  } else {
                                    if (_valid10) {
                                      valid58 = true;
                                      passing5 = 1;
                                    }
                                    const _errs302 = errors;
                                    if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                      if (data101.maglev === void 0) {
                                        const err210 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/2/required", keyword: "required", params: { missingProperty: "maglev" }, message: "must have required property 'maglev'" };
                                        if (vErrors === null) {
                                          vErrors = [err210];
                                        } else {
                                          vErrors.push(err210);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid10 = _errs302 === errors;
                                    if (_valid10 && valid58) {
                                      valid58 = false;
                                      passing5 = [passing5, 2];
                                    } else {
                                      if (_valid10) {
                                        valid58 = true;
                                        passing5 = 2;
                                      }
                                    }
                                  }
                                  if (!valid58) {
                                    const err211 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf" };
                                    if (vErrors === null) {
                                      vErrors = [err211];
                                    } else {
                                      vErrors.push(err211);
                                    }
                                    errors++;
                                  } else {
                                    errors = _errs294;
                                    if (vErrors !== null) {
                                      if (_errs294) {
                                        vErrors.length = _errs294;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  if (data101 && typeof data101 == "object" && !Array.isArray(data101)) {
                                    for (const key27 in data101) {
                                      if (!(key27 === "httpCookie" || key27 === "httpHeaderName" || key27 === "httpQueryParameterName" || key27 === "maglev" || key27 === "minimumRingSize" || key27 === "ringHash" || key27 === "useSourceIp")) {
                                        const err212 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err212];
                                        } else {
                                          vErrors.push(err212);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data101.httpCookie !== void 0) {
                                      let data102 = data101.httpCookie;
                                      if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                                        if (data102.name === void 0) {
                                          const err213 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                                          if (vErrors === null) {
                                            vErrors = [err213];
                                          } else {
                                            vErrors.push(err213);
                                          }
                                          errors++;
                                        }
                                        for (const key28 in data102) {
                                          if (!(key28 === "attributes" || key28 === "name" || key28 === "path" || key28 === "ttl")) {
                                            const err214 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                              vErrors = [err214];
                                            } else {
                                              vErrors.push(err214);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data102.attributes !== void 0) {
                                          let data103 = data102.attributes;
                                          if (Array.isArray(data103)) {
                                            const len7 = data103.length;
                                            for (let i7 = 0; i7 < len7; i7++) {
                                              let data104 = data103[i7];
                                              if (data104 && typeof data104 == "object" && !Array.isArray(data104)) {
                                                if (data104.name === void 0) {
                                                  const err215 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i7, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                                                  if (vErrors === null) {
                                                    vErrors = [err215];
                                                  } else {
                                                    vErrors.push(err215);
                                                  }
                                                  errors++;
                                                }
                                                for (const key29 in data104) {
                                                  if (!(key29 === "name" || key29 === "value")) {
                                                    const err216 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i7, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
                                                    if (vErrors === null) {
                                                      vErrors = [err216];
                                                    } else {
                                                      vErrors.push(err216);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                if (data104.name !== void 0) {
                                                  if (typeof data104.name !== "string") {
                                                    const err217 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i7 + "/name", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                      vErrors = [err217];
                                                    } else {
                                                      vErrors.push(err217);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                if (data104.value !== void 0) {
                                                  if (typeof data104.value !== "string") {
                                                    const err218 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i7 + "/value", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                    if (vErrors === null) {
                                                      vErrors = [err218];
                                                    } else {
                                                      vErrors.push(err218);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                              } else {
                                                const err219 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i7, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                  vErrors = [err219];
                                                } else {
                                                  vErrors.push(err219);
                                                }
                                                errors++;
                                              }
                                            }
                                          } else {
                                            const err220 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/attributes", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                            if (vErrors === null) {
                                              vErrors = [err220];
                                            } else {
                                              vErrors.push(err220);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data102.name !== void 0) {
                                          if (typeof data102.name !== "string") {
                                            const err221 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/name", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err221];
                                            } else {
                                              vErrors.push(err221);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data102.path !== void 0) {
                                          if (typeof data102.path !== "string") {
                                            const err222 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/path", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err222];
                                            } else {
                                              vErrors.push(err222);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data102.ttl !== void 0) {
                                          if (typeof data102.ttl !== "string") {
                                            const err223 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie/ttl", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/ttl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err223];
                                            } else {
                                              vErrors.push(err223);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err224 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err224];
                                        } else {
                                          vErrors.push(err224);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data101.httpHeaderName !== void 0) {
                                      if (typeof data101.httpHeaderName !== "string") {
                                        const err225 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpHeaderName", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpHeaderName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err225];
                                        } else {
                                          vErrors.push(err225);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data101.httpQueryParameterName !== void 0) {
                                      if (typeof data101.httpQueryParameterName !== "string") {
                                        const err226 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/httpQueryParameterName", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpQueryParameterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err226];
                                        } else {
                                          vErrors.push(err226);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data101.maglev !== void 0) {
                                      let data112 = data101.maglev;
                                      if (data112 && typeof data112 == "object" && !Array.isArray(data112)) {
                                        for (const key30 in data112) {
                                          if (!(key30 === "tableSize")) {
                                            const err227 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/maglev", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/maglev/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                              vErrors = [err227];
                                            } else {
                                              vErrors.push(err227);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data112.tableSize !== void 0) {
                                          let data113 = data112.tableSize;
                                          if (!(typeof data113 == "number" && (!(data113 % 1) && !isNaN(data113)) && isFinite(data113))) {
                                            const err228 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/maglev/tableSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/maglev/properties/tableSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            if (vErrors === null) {
                                              vErrors = [err228];
                                            } else {
                                              vErrors.push(err228);
                                            }
                                            errors++;
                                          }
                                          if (typeof data113 == "number" && isFinite(data113)) {
                                            if (data113 < 0 || isNaN(data113)) {
                                              const err229 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/maglev/tableSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/maglev/properties/tableSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                              if (vErrors === null) {
                                                vErrors = [err229];
                                              } else {
                                                vErrors.push(err229);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                      } else {
                                        const err230 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/maglev", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/maglev/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err230];
                                        } else {
                                          vErrors.push(err230);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data101.minimumRingSize !== void 0) {
                                      let data114 = data101.minimumRingSize;
                                      if (!(typeof data114 == "number" && (!(data114 % 1) && !isNaN(data114)) && isFinite(data114))) {
                                        const err231 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/minimumRingSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/minimumRingSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                          vErrors = [err231];
                                        } else {
                                          vErrors.push(err231);
                                        }
                                        errors++;
                                      }
                                      if (typeof data114 == "number" && isFinite(data114)) {
                                        if (data114 < 0 || isNaN(data114)) {
                                          const err232 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/minimumRingSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/minimumRingSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                          if (vErrors === null) {
                                            vErrors = [err232];
                                          } else {
                                            vErrors.push(err232);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data101.ringHash !== void 0) {
                                      let data115 = data101.ringHash;
                                      if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
                                        for (const key31 in data115) {
                                          if (!(key31 === "minimumRingSize")) {
                                            const err233 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/ringHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/ringHash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key31 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                              vErrors = [err233];
                                            } else {
                                              vErrors.push(err233);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data115.minimumRingSize !== void 0) {
                                          let data116 = data115.minimumRingSize;
                                          if (!(typeof data116 == "number" && (!(data116 % 1) && !isNaN(data116)) && isFinite(data116))) {
                                            const err234 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/ringHash/minimumRingSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/ringHash/properties/minimumRingSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            if (vErrors === null) {
                                              vErrors = [err234];
                                            } else {
                                              vErrors.push(err234);
                                            }
                                            errors++;
                                          }
                                          if (typeof data116 == "number" && isFinite(data116)) {
                                            if (data116 < 0 || isNaN(data116)) {
                                              const err235 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/ringHash/minimumRingSize", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/ringHash/properties/minimumRingSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                              if (vErrors === null) {
                                                vErrors = [err235];
                                              } else {
                                                vErrors.push(err235);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                      } else {
                                        const err236 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/ringHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/ringHash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err236];
                                        } else {
                                          vErrors.push(err236);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data101.useSourceIp !== void 0) {
                                      if (typeof data101.useSourceIp !== "boolean") {
                                        const err237 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash/useSourceIp", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/useSourceIp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                        if (vErrors === null) {
                                          vErrors = [err237];
                                        } else {
                                          vErrors.push(err237);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err238 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err238];
                                    } else {
                                      vErrors.push(err238);
                                    }
                                    errors++;
                                  }
                                }
                                if (data100.localityLbSetting !== void 0) {
                                  let data118 = data100.localityLbSetting;
                                  if (data118 && typeof data118 == "object" && !Array.isArray(data118)) {
                                    for (const key32 in data118) {
                                      if (!(key32 === "distribute" || key32 === "enabled" || key32 === "failover" || key32 === "failoverPriority")) {
                                        const err239 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key32 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err239];
                                        } else {
                                          vErrors.push(err239);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data118.distribute !== void 0) {
                                      let data119 = data118.distribute;
                                      if (Array.isArray(data119)) {
                                        const len8 = data119.length;
                                        for (let i8 = 0; i8 < len8; i8++) {
                                          let data120 = data119[i8];
                                          if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
                                            for (const key33 in data120) {
                                              if (!(key33 === "from" || key33 === "to")) {
                                                const err240 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/distribute/" + i8, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                  vErrors = [err240];
                                                } else {
                                                  vErrors.push(err240);
                                                }
                                                errors++;
                                              }
                                            }
                                            if (data120.from !== void 0) {
                                              if (typeof data120.from !== "string") {
                                                const err241 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/distribute/" + i8 + "/from", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err241];
                                                } else {
                                                  vErrors.push(err241);
                                                }
                                                errors++;
                                              }
                                            }
                                            if (data120.to !== void 0) {
                                              let data122 = data120.to;
                                              if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
                                                for (const key34 in data122) {
                                                  let data123 = data122[key34];
                                                  if (!(typeof data123 == "number" && (!(data123 % 1) && !isNaN(data123)) && isFinite(data123))) {
                                                    const err242 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/distribute/" + i8 + "/to/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                    if (vErrors === null) {
                                                      vErrors = [err242];
                                                    } else {
                                                      vErrors.push(err242);
                                                    }
                                                    errors++;
                                                  }
                                                  if (typeof data123 == "number" && isFinite(data123)) {
                                                    if (data123 > 4294967295 || isNaN(data123)) {
                                                      const err243 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/distribute/" + i8 + "/to/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                                      if (vErrors === null) {
                                                        vErrors = [err243];
                                                      } else {
                                                        vErrors.push(err243);
                                                      }
                                                      errors++;
                                                    }
                                                    if (data123 < 0 || isNaN(data123)) {
                                                      const err244 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/distribute/" + i8 + "/to/" + key34.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                      if (vErrors === null) {
                                                        vErrors = [err244];
                                                      } else {
                                                        vErrors.push(err244);
                                                      }
                                                      errors++;
                                                    }
                                                  }
                                                }
                                              } else {
                                                const err245 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/distribute/" + i8 + "/to", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                if (vErrors === null) {
                                                  vErrors = [err245];
                                                } else {
                                                  vErrors.push(err245);
                                                }
                                                errors++;
                                              }
                                            }
                                          } else {
                                            const err246 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/distribute/" + i8, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                              vErrors = [err246];
                                            } else {
                                              vErrors.push(err246);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err247 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/distribute", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                          vErrors = [err247];
                                        } else {
                                          vErrors.push(err247);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data118.enabled !== void 0) {
                                      let data124 = data118.enabled;
                                      if (typeof data124 !== "boolean" && data124 !== null) {
                                        const err248 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/enabled", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                        if (vErrors === null) {
                                          vErrors = [err248];
                                        } else {
                                          vErrors.push(err248);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data118.failover !== void 0) {
                                      let data125 = data118.failover;
                                      if (Array.isArray(data125)) {
                                        const len9 = data125.length;
                                        for (let i9 = 0; i9 < len9; i9++) {
                                          let data126 = data125[i9];
                                          if (data126 && typeof data126 == "object" && !Array.isArray(data126)) {
                                            for (const key35 in data126) {
                                              if (!(key35 === "from" || key35 === "to")) {
                                                const err249 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/failover/" + i9, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                  vErrors = [err249];
                                                } else {
                                                  vErrors.push(err249);
                                                }
                                                errors++;
                                              }
                                            }
                                            if (data126.from !== void 0) {
                                              if (typeof data126.from !== "string") {
                                                const err250 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/failover/" + i9 + "/from", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err250];
                                                } else {
                                                  vErrors.push(err250);
                                                }
                                                errors++;
                                              }
                                            }
                                            if (data126.to !== void 0) {
                                              if (typeof data126.to !== "string") {
                                                const err251 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/failover/" + i9 + "/to", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                  vErrors = [err251];
                                                } else {
                                                  vErrors.push(err251);
                                                }
                                                errors++;
                                              }
                                            }
                                          } else {
                                            const err252 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/failover/" + i9, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                            if (vErrors === null) {
                                              vErrors = [err252];
                                            } else {
                                              vErrors.push(err252);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err253 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/failover", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                          vErrors = [err253];
                                        } else {
                                          vErrors.push(err253);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data118.failoverPriority !== void 0) {
                                      let data129 = data118.failoverPriority;
                                      if (Array.isArray(data129)) {
                                        const len10 = data129.length;
                                        for (let i10 = 0; i10 < len10; i10++) {
                                          if (typeof data129[i10] !== "string") {
                                            const err254 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/failoverPriority/" + i10, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failoverPriority/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err254];
                                            } else {
                                              vErrors.push(err254);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err255 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting/failoverPriority", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failoverPriority/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                          vErrors = [err255];
                                        } else {
                                          vErrors.push(err255);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err256 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/localityLbSetting", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err256];
                                    } else {
                                      vErrors.push(err256);
                                    }
                                    errors++;
                                  }
                                }
                                if (data100.simple !== void 0) {
                                  let data131 = data100.simple;
                                  if (typeof data131 !== "string") {
                                    const err257 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/simple", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/simple/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err257];
                                    } else {
                                      vErrors.push(err257);
                                    }
                                    errors++;
                                  }
                                  if (!(data131 === "UNSPECIFIED" || data131 === "LEAST_CONN" || data131 === "RANDOM" || data131 === "PASSTHROUGH" || data131 === "ROUND_ROBIN" || data131 === "LEAST_REQUEST")) {
                                    const err258 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/simple", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/simple/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.portLevelSettings.items.properties.loadBalancer.properties.simple.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                      vErrors = [err258];
                                    } else {
                                      vErrors.push(err258);
                                    }
                                    errors++;
                                  }
                                }
                                if (data100.warmup !== void 0) {
                                  let data132 = data100.warmup;
                                  if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
                                    if (data132.duration === void 0) {
                                      const err259 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'" };
                                      if (vErrors === null) {
                                        vErrors = [err259];
                                      } else {
                                        vErrors.push(err259);
                                      }
                                      errors++;
                                    }
                                    for (const key36 in data132) {
                                      if (!(key36 === "aggression" || key36 === "duration" || key36 === "minimumPercent")) {
                                        const err260 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err260];
                                        } else {
                                          vErrors.push(err260);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data132.aggression !== void 0) {
                                      let data133 = data132.aggression;
                                      if (!(typeof data133 == "number" && isFinite(data133)) && data133 !== null) {
                                        const err261 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/aggression/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                        if (vErrors === null) {
                                          vErrors = [err261];
                                        } else {
                                          vErrors.push(err261);
                                        }
                                        errors++;
                                      }
                                      if (typeof data133 == "number" && isFinite(data133)) {
                                        if (data133 < 0 || isNaN(data133)) {
                                          const err262 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/aggression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                          if (vErrors === null) {
                                            vErrors = [err262];
                                          } else {
                                            vErrors.push(err262);
                                          }
                                          errors++;
                                        }
                                        if (!formats22.validate(data133)) {
                                          const err263 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/aggression/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                          if (vErrors === null) {
                                            vErrors = [err263];
                                          } else {
                                            vErrors.push(err263);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                    if (data132.duration !== void 0) {
                                      if (typeof data132.duration !== "string") {
                                        const err264 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup/duration", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err264];
                                        } else {
                                          vErrors.push(err264);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data132.minimumPercent !== void 0) {
                                      let data135 = data132.minimumPercent;
                                      if (!(typeof data135 == "number" && isFinite(data135)) && data135 !== null) {
                                        const err265 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/minimumPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                        if (vErrors === null) {
                                          vErrors = [err265];
                                        } else {
                                          vErrors.push(err265);
                                        }
                                        errors++;
                                      }
                                      if (typeof data135 == "number" && isFinite(data135)) {
                                        if (data135 > 100 || isNaN(data135)) {
                                          const err266 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/minimumPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                                          if (vErrors === null) {
                                            vErrors = [err266];
                                          } else {
                                            vErrors.push(err266);
                                          }
                                          errors++;
                                        }
                                        if (data135 < 0 || isNaN(data135)) {
                                          const err267 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/minimumPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                          if (vErrors === null) {
                                            vErrors = [err267];
                                          } else {
                                            vErrors.push(err267);
                                          }
                                          errors++;
                                        }
                                        if (!formats22.validate(data135)) {
                                          const err268 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/minimumPercent/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                          if (vErrors === null) {
                                            vErrors = [err268];
                                          } else {
                                            vErrors.push(err268);
                                          }
                                          errors++;
                                        }
                                      }
                                    }
                                  } else {
                                    const err269 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err269];
                                    } else {
                                      vErrors.push(err269);
                                    }
                                    errors++;
                                  }
                                }
                                if (data100.warmupDurationSecs !== void 0) {
                                  if (typeof data100.warmupDurationSecs !== "string") {
                                    const err270 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer/warmupDurationSecs", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmupDurationSecs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err270];
                                    } else {
                                      vErrors.push(err270);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err271 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/loadBalancer", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err271];
                                } else {
                                  vErrors.push(err271);
                                }
                                errors++;
                              }
                            }
                            if (data80.outlierDetection !== void 0) {
                              let data137 = data80.outlierDetection;
                              if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
                                for (const key37 in data137) {
                                  if (!func2.call(schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.portLevelSettings.items.properties.outlierDetection.properties, key37)) {
                                    const err272 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err272];
                                    } else {
                                      vErrors.push(err272);
                                    }
                                    errors++;
                                  }
                                }
                                if (data137.baseEjectionTime !== void 0) {
                                  if (typeof data137.baseEjectionTime !== "string") {
                                    const err273 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/baseEjectionTime", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/baseEjectionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err273];
                                    } else {
                                      vErrors.push(err273);
                                    }
                                    errors++;
                                  }
                                }
                                if (data137.consecutive5xxErrors !== void 0) {
                                  let data139 = data137.consecutive5xxErrors;
                                  if (!(typeof data139 == "number" && (!(data139 % 1) && !isNaN(data139)) && isFinite(data139)) && data139 !== null) {
                                    const err274 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutive5xxErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err274];
                                    } else {
                                      vErrors.push(err274);
                                    }
                                    errors++;
                                  }
                                  if (typeof data139 == "number" && isFinite(data139)) {
                                    if (data139 > 4294967295 || isNaN(data139)) {
                                      const err275 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutive5xxErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err275];
                                      } else {
                                        vErrors.push(err275);
                                      }
                                      errors++;
                                    }
                                    if (data139 < 0 || isNaN(data139)) {
                                      const err276 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutive5xxErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err276];
                                      } else {
                                        vErrors.push(err276);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data137.consecutiveErrors !== void 0) {
                                  let data140 = data137.consecutiveErrors;
                                  if (!(typeof data140 == "number" && (!(data140 % 1) && !isNaN(data140)) && isFinite(data140))) {
                                    const err277 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutiveErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err277];
                                    } else {
                                      vErrors.push(err277);
                                    }
                                    errors++;
                                  }
                                  if (typeof data140 == "number" && isFinite(data140)) {
                                    if (!formats10.validate(data140)) {
                                      const err278 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutiveErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveErrors/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                      if (vErrors === null) {
                                        vErrors = [err278];
                                      } else {
                                        vErrors.push(err278);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data137.consecutiveGatewayErrors !== void 0) {
                                  let data141 = data137.consecutiveGatewayErrors;
                                  if (!(typeof data141 == "number" && (!(data141 % 1) && !isNaN(data141)) && isFinite(data141)) && data141 !== null) {
                                    const err279 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveGatewayErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err279];
                                    } else {
                                      vErrors.push(err279);
                                    }
                                    errors++;
                                  }
                                  if (typeof data141 == "number" && isFinite(data141)) {
                                    if (data141 > 4294967295 || isNaN(data141)) {
                                      const err280 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveGatewayErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err280];
                                      } else {
                                        vErrors.push(err280);
                                      }
                                      errors++;
                                    }
                                    if (data141 < 0 || isNaN(data141)) {
                                      const err281 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveGatewayErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err281];
                                      } else {
                                        vErrors.push(err281);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data137.consecutiveLocalOriginFailures !== void 0) {
                                  let data142 = data137.consecutiveLocalOriginFailures;
                                  if (!(typeof data142 == "number" && (!(data142 % 1) && !isNaN(data142)) && isFinite(data142)) && data142 !== null) {
                                    const err282 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveLocalOriginFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err282];
                                    } else {
                                      vErrors.push(err282);
                                    }
                                    errors++;
                                  }
                                  if (typeof data142 == "number" && isFinite(data142)) {
                                    if (data142 > 4294967295 || isNaN(data142)) {
                                      const err283 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveLocalOriginFailures/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err283];
                                      } else {
                                        vErrors.push(err283);
                                      }
                                      errors++;
                                    }
                                    if (data142 < 0 || isNaN(data142)) {
                                      const err284 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveLocalOriginFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err284];
                                      } else {
                                        vErrors.push(err284);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data137.interval !== void 0) {
                                  if (typeof data137.interval !== "string") {
                                    const err285 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/interval", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err285];
                                    } else {
                                      vErrors.push(err285);
                                    }
                                    errors++;
                                  }
                                }
                                if (data137.maxEjectionPercent !== void 0) {
                                  let data144 = data137.maxEjectionPercent;
                                  if (!(typeof data144 == "number" && (!(data144 % 1) && !isNaN(data144)) && isFinite(data144))) {
                                    const err286 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/maxEjectionPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err286];
                                    } else {
                                      vErrors.push(err286);
                                    }
                                    errors++;
                                  }
                                  if (typeof data144 == "number" && isFinite(data144)) {
                                    if (!formats10.validate(data144)) {
                                      const err287 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/maxEjectionPercent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                      if (vErrors === null) {
                                        vErrors = [err287];
                                      } else {
                                        vErrors.push(err287);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data137.minHealthPercent !== void 0) {
                                  let data145 = data137.minHealthPercent;
                                  if (!(typeof data145 == "number" && (!(data145 % 1) && !isNaN(data145)) && isFinite(data145))) {
                                    const err288 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/minHealthPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/minHealthPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err288];
                                    } else {
                                      vErrors.push(err288);
                                    }
                                    errors++;
                                  }
                                  if (typeof data145 == "number" && isFinite(data145)) {
                                    if (!formats10.validate(data145)) {
                                      const err289 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/minHealthPercent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/minHealthPercent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                      if (vErrors === null) {
                                        vErrors = [err289];
                                      } else {
                                        vErrors.push(err289);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data137.splitExternalLocalOriginErrors !== void 0) {
                                  if (typeof data137.splitExternalLocalOriginErrors !== "boolean") {
                                    const err290 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection/splitExternalLocalOriginErrors", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/splitExternalLocalOriginErrors/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                      vErrors = [err290];
                                    } else {
                                      vErrors.push(err290);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err291 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/outlierDetection", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err291];
                                } else {
                                  vErrors.push(err291);
                                }
                                errors++;
                              }
                            }
                            if (data80.port !== void 0) {
                              let data147 = data80.port;
                              if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
                                for (const key38 in data147) {
                                  if (!(key38 === "number")) {
                                    const err292 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/port", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err292];
                                    } else {
                                      vErrors.push(err292);
                                    }
                                    errors++;
                                  }
                                }
                                if (data147.number !== void 0) {
                                  let data148 = data147.number;
                                  if (!(typeof data148 == "number" && (!(data148 % 1) && !isNaN(data148)) && isFinite(data148))) {
                                    const err293 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/port/number", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err293];
                                    } else {
                                      vErrors.push(err293);
                                    }
                                    errors++;
                                  }
                                  if (typeof data148 == "number" && isFinite(data148)) {
                                    if (data148 > 4294967295 || isNaN(data148)) {
                                      const err294 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/port/number", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err294];
                                      } else {
                                        vErrors.push(err294);
                                      }
                                      errors++;
                                    }
                                    if (data148 < 0 || isNaN(data148)) {
                                      const err295 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/port/number", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err295];
                                      } else {
                                        vErrors.push(err295);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err296 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/port", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err296];
                                } else {
                                  vErrors.push(err296);
                                }
                                errors++;
                              }
                            }
                            if (data80.tls !== void 0) {
                              let data149 = data80.tls;
                              if (data149 && typeof data149 == "object" && !Array.isArray(data149)) {
                                for (const key39 in data149) {
                                  if (!func2.call(schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.portLevelSettings.items.properties.tls.properties, key39)) {
                                    const err297 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err297];
                                    } else {
                                      vErrors.push(err297);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.caCertificates !== void 0) {
                                  if (typeof data149.caCertificates !== "string") {
                                    const err298 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/caCertificates", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/caCertificates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err298];
                                    } else {
                                      vErrors.push(err298);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.caCrl !== void 0) {
                                  if (typeof data149.caCrl !== "string") {
                                    const err299 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/caCrl", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/caCrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err299];
                                    } else {
                                      vErrors.push(err299);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.clientCertificate !== void 0) {
                                  if (typeof data149.clientCertificate !== "string") {
                                    const err300 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/clientCertificate", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/clientCertificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err300];
                                    } else {
                                      vErrors.push(err300);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.credentialName !== void 0) {
                                  if (typeof data149.credentialName !== "string") {
                                    const err301 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/credentialName", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/credentialName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err301];
                                    } else {
                                      vErrors.push(err301);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.insecureSkipVerify !== void 0) {
                                  let data154 = data149.insecureSkipVerify;
                                  if (typeof data154 !== "boolean" && data154 !== null) {
                                    const err302 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/insecureSkipVerify", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/insecureSkipVerify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                    if (vErrors === null) {
                                      vErrors = [err302];
                                    } else {
                                      vErrors.push(err302);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.mode !== void 0) {
                                  let data155 = data149.mode;
                                  if (typeof data155 !== "string") {
                                    const err303 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/mode", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err303];
                                    } else {
                                      vErrors.push(err303);
                                    }
                                    errors++;
                                  }
                                  if (!(data155 === "DISABLE" || data155 === "SIMPLE" || data155 === "MUTUAL" || data155 === "ISTIO_MUTUAL")) {
                                    const err304 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/mode", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.portLevelSettings.items.properties.tls.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                                    if (vErrors === null) {
                                      vErrors = [err304];
                                    } else {
                                      vErrors.push(err304);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.privateKey !== void 0) {
                                  if (typeof data149.privateKey !== "string") {
                                    const err305 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/privateKey", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/privateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err305];
                                    } else {
                                      vErrors.push(err305);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.sni !== void 0) {
                                  if (typeof data149.sni !== "string") {
                                    const err306 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/sni", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/sni/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err306];
                                    } else {
                                      vErrors.push(err306);
                                    }
                                    errors++;
                                  }
                                }
                                if (data149.subjectAltNames !== void 0) {
                                  let data158 = data149.subjectAltNames;
                                  if (Array.isArray(data158)) {
                                    const len11 = data158.length;
                                    for (let i11 = 0; i11 < len11; i11++) {
                                      if (typeof data158[i11] !== "string") {
                                        const err307 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/subjectAltNames/" + i11, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/subjectAltNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err307];
                                        } else {
                                          vErrors.push(err307);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err308 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls/subjectAltNames", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/subjectAltNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err308];
                                    } else {
                                      vErrors.push(err308);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err309 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6 + "/tls", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err309];
                                } else {
                                  vErrors.push(err309);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err310 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings/" + i6, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err310];
                            } else {
                              vErrors.push(err310);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err311 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/portLevelSettings", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/portLevelSettings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err311];
                        } else {
                          vErrors.push(err311);
                        }
                        errors++;
                      }
                    }
                    if (data12.proxyProtocol !== void 0) {
                      let data160 = data12.proxyProtocol;
                      if (data160 && typeof data160 == "object" && !Array.isArray(data160)) {
                        for (const key40 in data160) {
                          if (!(key40 === "version")) {
                            const err312 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/proxyProtocol", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/proxyProtocol/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err312];
                            } else {
                              vErrors.push(err312);
                            }
                            errors++;
                          }
                        }
                        if (data160.version !== void 0) {
                          let data161 = data160.version;
                          if (typeof data161 !== "string") {
                            const err313 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/proxyProtocol/version", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/proxyProtocol/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err313];
                            } else {
                              vErrors.push(err313);
                            }
                            errors++;
                          }
                          if (!(data161 === "V1" || data161 === "V2")) {
                            const err314 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/proxyProtocol/version", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/proxyProtocol/properties/version/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.proxyProtocol.properties.version.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err314];
                            } else {
                              vErrors.push(err314);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err315 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/proxyProtocol", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/proxyProtocol/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err315];
                        } else {
                          vErrors.push(err315);
                        }
                        errors++;
                      }
                    }
                    if (data12.retryBudget !== void 0) {
                      let data162 = data12.retryBudget;
                      if (data162 && typeof data162 == "object" && !Array.isArray(data162)) {
                        for (const key41 in data162) {
                          if (!(key41 === "minRetryConcurrency" || key41 === "percent")) {
                            const err316 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err316];
                            } else {
                              vErrors.push(err316);
                            }
                            errors++;
                          }
                        }
                        if (data162.minRetryConcurrency !== void 0) {
                          let data163 = data162.minRetryConcurrency;
                          if (!(typeof data163 == "number" && (!(data163 % 1) && !isNaN(data163)) && isFinite(data163))) {
                            const err317 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget/minRetryConcurrency", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/properties/minRetryConcurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err317];
                            } else {
                              vErrors.push(err317);
                            }
                            errors++;
                          }
                          if (typeof data163 == "number" && isFinite(data163)) {
                            if (data163 > 4294967295 || isNaN(data163)) {
                              const err318 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget/minRetryConcurrency", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/properties/minRetryConcurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err318];
                              } else {
                                vErrors.push(err318);
                              }
                              errors++;
                            }
                            if (data163 < 0 || isNaN(data163)) {
                              const err319 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget/minRetryConcurrency", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/properties/minRetryConcurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err319];
                              } else {
                                vErrors.push(err319);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data162.percent !== void 0) {
                          let data164 = data162.percent;
                          if (!(typeof data164 == "number" && isFinite(data164)) && data164 !== null) {
                            const err320 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget/percent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                              vErrors = [err320];
                            } else {
                              vErrors.push(err320);
                            }
                            errors++;
                          }
                          if (typeof data164 == "number" && isFinite(data164)) {
                            if (data164 > 100 || isNaN(data164)) {
                              const err321 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget/percent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/properties/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                              if (vErrors === null) {
                                vErrors = [err321];
                              } else {
                                vErrors.push(err321);
                              }
                              errors++;
                            }
                            if (data164 < 0 || isNaN(data164)) {
                              const err322 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget/percent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err322];
                              } else {
                                vErrors.push(err322);
                              }
                              errors++;
                            }
                            if (!formats22.validate(data164)) {
                              const err323 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget/percent", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/properties/percent/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                              if (vErrors === null) {
                                vErrors = [err323];
                              } else {
                                vErrors.push(err323);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err324 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/retryBudget", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/retryBudget/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err324];
                        } else {
                          vErrors.push(err324);
                        }
                        errors++;
                      }
                    }
                    if (data12.tls !== void 0) {
                      let data165 = data12.tls;
                      if (data165 && typeof data165 == "object" && !Array.isArray(data165)) {
                        for (const key42 in data165) {
                          if (!func2.call(schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.tls.properties, key42)) {
                            const err325 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err325];
                            } else {
                              vErrors.push(err325);
                            }
                            errors++;
                          }
                        }
                        if (data165.caCertificates !== void 0) {
                          if (typeof data165.caCertificates !== "string") {
                            const err326 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/caCertificates", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/caCertificates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err326];
                            } else {
                              vErrors.push(err326);
                            }
                            errors++;
                          }
                        }
                        if (data165.caCrl !== void 0) {
                          if (typeof data165.caCrl !== "string") {
                            const err327 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/caCrl", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/caCrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err327];
                            } else {
                              vErrors.push(err327);
                            }
                            errors++;
                          }
                        }
                        if (data165.clientCertificate !== void 0) {
                          if (typeof data165.clientCertificate !== "string") {
                            const err328 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/clientCertificate", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/clientCertificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err328];
                            } else {
                              vErrors.push(err328);
                            }
                            errors++;
                          }
                        }
                        if (data165.credentialName !== void 0) {
                          if (typeof data165.credentialName !== "string") {
                            const err329 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/credentialName", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/credentialName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err329];
                            } else {
                              vErrors.push(err329);
                            }
                            errors++;
                          }
                        }
                        if (data165.insecureSkipVerify !== void 0) {
                          let data170 = data165.insecureSkipVerify;
                          if (typeof data170 !== "boolean" && data170 !== null) {
                            const err330 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/insecureSkipVerify", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/insecureSkipVerify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err330];
                            } else {
                              vErrors.push(err330);
                            }
                            errors++;
                          }
                        }
                        if (data165.mode !== void 0) {
                          let data171 = data165.mode;
                          if (typeof data171 !== "string") {
                            const err331 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/mode", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err331];
                            } else {
                              vErrors.push(err331);
                            }
                            errors++;
                          }
                          if (!(data171 === "DISABLE" || data171 === "SIMPLE" || data171 === "MUTUAL" || data171 === "ISTIO_MUTUAL")) {
                            const err332 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/mode", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.subsets.items.properties.trafficPolicy.properties.tls.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err332];
                            } else {
                              vErrors.push(err332);
                            }
                            errors++;
                          }
                        }
                        if (data165.privateKey !== void 0) {
                          if (typeof data165.privateKey !== "string") {
                            const err333 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/privateKey", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/privateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err333];
                            } else {
                              vErrors.push(err333);
                            }
                            errors++;
                          }
                        }
                        if (data165.sni !== void 0) {
                          if (typeof data165.sni !== "string") {
                            const err334 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/sni", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/sni/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err334];
                            } else {
                              vErrors.push(err334);
                            }
                            errors++;
                          }
                        }
                        if (data165.subjectAltNames !== void 0) {
                          let data174 = data165.subjectAltNames;
                          if (Array.isArray(data174)) {
                            const len12 = data174.length;
                            for (let i12 = 0; i12 < len12; i12++) {
                              if (typeof data174[i12] !== "string") {
                                const err335 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/subjectAltNames/" + i12, schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/subjectAltNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err335];
                                } else {
                                  vErrors.push(err335);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err336 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls/subjectAltNames", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/properties/subjectAltNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err336];
                            } else {
                              vErrors.push(err336);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err337 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tls", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err337];
                        } else {
                          vErrors.push(err337);
                        }
                        errors++;
                      }
                    }
                    if (data12.tunnel !== void 0) {
                      let data176 = data12.tunnel;
                      if (data176 && typeof data176 == "object" && !Array.isArray(data176)) {
                        if (data176.targetHost === void 0) {
                          const err338 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/required", keyword: "required", params: { missingProperty: "targetHost" }, message: "must have required property 'targetHost'" };
                          if (vErrors === null) {
                            vErrors = [err338];
                          } else {
                            vErrors.push(err338);
                          }
                          errors++;
                        }
                        if (data176.targetPort === void 0) {
                          const err339 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/required", keyword: "required", params: { missingProperty: "targetPort" }, message: "must have required property 'targetPort'" };
                          if (vErrors === null) {
                            vErrors = [err339];
                          } else {
                            vErrors.push(err339);
                          }
                          errors++;
                        }
                        for (const key43 in data176) {
                          if (!(key43 === "protocol" || key43 === "targetHost" || key43 === "targetPort")) {
                            const err340 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key43 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err340];
                            } else {
                              vErrors.push(err340);
                            }
                            errors++;
                          }
                        }
                        if (data176.protocol !== void 0) {
                          if (typeof data176.protocol !== "string") {
                            const err341 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel/protocol", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err341];
                            } else {
                              vErrors.push(err341);
                            }
                            errors++;
                          }
                        }
                        if (data176.targetHost !== void 0) {
                          if (typeof data176.targetHost !== "string") {
                            const err342 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel/targetHost", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/properties/targetHost/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err342];
                            } else {
                              vErrors.push(err342);
                            }
                            errors++;
                          }
                        }
                        if (data176.targetPort !== void 0) {
                          let data179 = data176.targetPort;
                          if (!(typeof data179 == "number" && (!(data179 % 1) && !isNaN(data179)) && isFinite(data179))) {
                            const err343 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel/targetPort", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/properties/targetPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err343];
                            } else {
                              vErrors.push(err343);
                            }
                            errors++;
                          }
                          if (typeof data179 == "number" && isFinite(data179)) {
                            if (data179 > 4294967295 || isNaN(data179)) {
                              const err344 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel/targetPort", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/properties/targetPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err344];
                              } else {
                                vErrors.push(err344);
                              }
                              errors++;
                            }
                            if (data179 < 0 || isNaN(data179)) {
                              const err345 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel/targetPort", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/properties/targetPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err345];
                              } else {
                                vErrors.push(err345);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err346 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy/tunnel", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/properties/tunnel/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err346];
                        } else {
                          vErrors.push(err346);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err347 = { instancePath: instancePath + "/spec/subsets/" + i1 + "/trafficPolicy", schemaPath: "#/properties/spec/properties/subsets/items/properties/trafficPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err347];
                    } else {
                      vErrors.push(err347);
                    }
                    errors++;
                  }
                }
              } else {
                const err348 = { instancePath: instancePath + "/spec/subsets/" + i1, schemaPath: "#/properties/spec/properties/subsets/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err348];
                } else {
                  vErrors.push(err348);
                }
                errors++;
              }
            }
          } else {
            const err349 = { instancePath: instancePath + "/spec/subsets", schemaPath: "#/properties/spec/properties/subsets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err349];
            } else {
              vErrors.push(err349);
            }
            errors++;
          }
        }
        if (data3.trafficPolicy !== void 0) {
          let data180 = data3.trafficPolicy;
          if (data180 && typeof data180 == "object" && !Array.isArray(data180)) {
            for (const key44 in data180) {
              if (!(key44 === "connectionPool" || key44 === "loadBalancer" || key44 === "outlierDetection" || key44 === "portLevelSettings" || key44 === "proxyProtocol" || key44 === "retryBudget" || key44 === "tls" || key44 === "tunnel")) {
                const err350 = { instancePath: instancePath + "/spec/trafficPolicy", schemaPath: "#/properties/spec/properties/trafficPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key44 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err350];
                } else {
                  vErrors.push(err350);
                }
                errors++;
              }
            }
            if (data180.connectionPool !== void 0) {
              let data181 = data180.connectionPool;
              if (data181 && typeof data181 == "object" && !Array.isArray(data181)) {
                for (const key45 in data181) {
                  if (!(key45 === "http" || key45 === "tcp")) {
                    const err351 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key45 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err351];
                    } else {
                      vErrors.push(err351);
                    }
                    errors++;
                  }
                }
                if (data181.http !== void 0) {
                  let data182 = data181.http;
                  if (data182 && typeof data182 == "object" && !Array.isArray(data182)) {
                    for (const key46 in data182) {
                      if (!(key46 === "h2UpgradePolicy" || key46 === "http1MaxPendingRequests" || key46 === "http2MaxRequests" || key46 === "idleTimeout" || key46 === "maxConcurrentStreams" || key46 === "maxRequestsPerConnection" || key46 === "maxRetries" || key46 === "useClientProtocol")) {
                        const err352 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key46 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err352];
                        } else {
                          vErrors.push(err352);
                        }
                        errors++;
                      }
                    }
                    if (data182.h2UpgradePolicy !== void 0) {
                      let data183 = data182.h2UpgradePolicy;
                      if (typeof data183 !== "string") {
                        const err353 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/h2UpgradePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err353];
                        } else {
                          vErrors.push(err353);
                        }
                        errors++;
                      }
                      if (!(data183 === "DEFAULT" || data183 === "DO_NOT_UPGRADE" || data183 === "UPGRADE")) {
                        const err354 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/h2UpgradePolicy/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.trafficPolicy.properties.connectionPool.properties.http.properties.h2UpgradePolicy.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                          vErrors = [err354];
                        } else {
                          vErrors.push(err354);
                        }
                        errors++;
                      }
                    }
                    if (data182.http1MaxPendingRequests !== void 0) {
                      let data184 = data182.http1MaxPendingRequests;
                      if (!(typeof data184 == "number" && (!(data184 % 1) && !isNaN(data184)) && isFinite(data184))) {
                        const err355 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err355];
                        } else {
                          vErrors.push(err355);
                        }
                        errors++;
                      }
                      if (typeof data184 == "number" && isFinite(data184)) {
                        if (!formats10.validate(data184)) {
                          const err356 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                          if (vErrors === null) {
                            vErrors = [err356];
                          } else {
                            vErrors.push(err356);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data182.http2MaxRequests !== void 0) {
                      let data185 = data182.http2MaxRequests;
                      if (!(typeof data185 == "number" && (!(data185 % 1) && !isNaN(data185)) && isFinite(data185))) {
                        const err357 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/http2MaxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err357];
                        } else {
                          vErrors.push(err357);
                        }
                        errors++;
                      }
                      if (typeof data185 == "number" && isFinite(data185)) {
                        if (!formats10.validate(data185)) {
                          const err358 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/http2MaxRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                          if (vErrors === null) {
                            vErrors = [err358];
                          } else {
                            vErrors.push(err358);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data182.idleTimeout !== void 0) {
                      if (typeof data182.idleTimeout !== "string") {
                        const err359 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/idleTimeout", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err359];
                        } else {
                          vErrors.push(err359);
                        }
                        errors++;
                      }
                    }
                    if (data182.maxConcurrentStreams !== void 0) {
                      let data187 = data182.maxConcurrentStreams;
                      if (!(typeof data187 == "number" && (!(data187 % 1) && !isNaN(data187)) && isFinite(data187))) {
                        const err360 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxConcurrentStreams/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err360];
                        } else {
                          vErrors.push(err360);
                        }
                        errors++;
                      }
                      if (typeof data187 == "number" && isFinite(data187)) {
                        if (!formats10.validate(data187)) {
                          const err361 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxConcurrentStreams/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                          if (vErrors === null) {
                            vErrors = [err361];
                          } else {
                            vErrors.push(err361);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data182.maxRequestsPerConnection !== void 0) {
                      let data188 = data182.maxRequestsPerConnection;
                      if (!(typeof data188 == "number" && (!(data188 % 1) && !isNaN(data188)) && isFinite(data188))) {
                        const err362 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err362];
                        } else {
                          vErrors.push(err362);
                        }
                        errors++;
                      }
                      if (typeof data188 == "number" && isFinite(data188)) {
                        if (!formats10.validate(data188)) {
                          const err363 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                          if (vErrors === null) {
                            vErrors = [err363];
                          } else {
                            vErrors.push(err363);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data182.maxRetries !== void 0) {
                      let data189 = data182.maxRetries;
                      if (!(typeof data189 == "number" && (!(data189 % 1) && !isNaN(data189)) && isFinite(data189))) {
                        const err364 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err364];
                        } else {
                          vErrors.push(err364);
                        }
                        errors++;
                      }
                      if (typeof data189 == "number" && isFinite(data189)) {
                        if (!formats10.validate(data189)) {
                          const err365 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/maxRetries/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                          if (vErrors === null) {
                            vErrors = [err365];
                          } else {
                            vErrors.push(err365);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data182.useClientProtocol !== void 0) {
                      if (typeof data182.useClientProtocol !== "boolean") {
                        const err366 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http/useClientProtocol", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/properties/useClientProtocol/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err366];
                        } else {
                          vErrors.push(err366);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err367 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/http", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err367];
                    } else {
                      vErrors.push(err367);
                    }
                    errors++;
                  }
                }
                if (data181.tcp !== void 0) {
                  let data191 = data181.tcp;
                  if (data191 && typeof data191 == "object" && !Array.isArray(data191)) {
                    for (const key47 in data191) {
                      if (!(key47 === "connectTimeout" || key47 === "idleTimeout" || key47 === "maxConnectionDuration" || key47 === "maxConnections" || key47 === "tcpKeepalive")) {
                        const err368 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key47 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err368];
                        } else {
                          vErrors.push(err368);
                        }
                        errors++;
                      }
                    }
                    if (data191.connectTimeout !== void 0) {
                      if (typeof data191.connectTimeout !== "string") {
                        const err369 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/connectTimeout", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/connectTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err369];
                        } else {
                          vErrors.push(err369);
                        }
                        errors++;
                      }
                    }
                    if (data191.idleTimeout !== void 0) {
                      if (typeof data191.idleTimeout !== "string") {
                        const err370 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/idleTimeout", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err370];
                        } else {
                          vErrors.push(err370);
                        }
                        errors++;
                      }
                    }
                    if (data191.maxConnectionDuration !== void 0) {
                      if (typeof data191.maxConnectionDuration !== "string") {
                        const err371 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/maxConnectionDuration", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/maxConnectionDuration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err371];
                        } else {
                          vErrors.push(err371);
                        }
                        errors++;
                      }
                    }
                    if (data191.maxConnections !== void 0) {
                      let data195 = data191.maxConnections;
                      if (!(typeof data195 == "number" && (!(data195 % 1) && !isNaN(data195)) && isFinite(data195))) {
                        const err372 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/maxConnections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err372];
                        } else {
                          vErrors.push(err372);
                        }
                        errors++;
                      }
                      if (typeof data195 == "number" && isFinite(data195)) {
                        if (!formats10.validate(data195)) {
                          const err373 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/maxConnections/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                          if (vErrors === null) {
                            vErrors = [err373];
                          } else {
                            vErrors.push(err373);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data191.tcpKeepalive !== void 0) {
                      let data196 = data191.tcpKeepalive;
                      if (data196 && typeof data196 == "object" && !Array.isArray(data196)) {
                        for (const key48 in data196) {
                          if (!(key48 === "interval" || key48 === "probes" || key48 === "time")) {
                            const err374 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key48 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err374];
                            } else {
                              vErrors.push(err374);
                            }
                            errors++;
                          }
                        }
                        if (data196.interval !== void 0) {
                          if (typeof data196.interval !== "string") {
                            const err375 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/tcpKeepalive/interval", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err375];
                            } else {
                              vErrors.push(err375);
                            }
                            errors++;
                          }
                        }
                        if (data196.probes !== void 0) {
                          let data198 = data196.probes;
                          if (!(typeof data198 == "number" && (!(data198 % 1) && !isNaN(data198)) && isFinite(data198))) {
                            const err376 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err376];
                            } else {
                              vErrors.push(err376);
                            }
                            errors++;
                          }
                          if (typeof data198 == "number" && isFinite(data198)) {
                            if (data198 > 4294967295 || isNaN(data198)) {
                              const err377 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err377];
                              } else {
                                vErrors.push(err377);
                              }
                              errors++;
                            }
                            if (data198 < 0 || isNaN(data198)) {
                              const err378 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err378];
                              } else {
                                vErrors.push(err378);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data196.time !== void 0) {
                          if (typeof data196.time !== "string") {
                            const err379 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/tcpKeepalive/time", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err379];
                            } else {
                              vErrors.push(err379);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err380 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/properties/tcpKeepalive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err380];
                        } else {
                          vErrors.push(err380);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err381 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool/tcp", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/properties/tcp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err381];
                    } else {
                      vErrors.push(err381);
                    }
                    errors++;
                  }
                }
              } else {
                const err382 = { instancePath: instancePath + "/spec/trafficPolicy/connectionPool", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/connectionPool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err382];
                } else {
                  vErrors.push(err382);
                }
                errors++;
              }
            }
            if (data180.loadBalancer !== void 0) {
              let data200 = data180.loadBalancer;
              const _errs532 = errors;
              let valid95 = false;
              let passing6 = null;
              const _errs533 = errors;
              const _errs534 = errors;
              const _errs535 = errors;
              const _errs536 = errors;
              let valid97 = false;
              const _errs537 = errors;
              if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                let missing16;
                if (data200.simple === void 0 && (missing16 = "simple")) {
                  const err383 = {};
                  if (vErrors === null) {
                    vErrors = [err383];
                  } else {
                    vErrors.push(err383);
                  }
                  errors++;
                }
              }
              var _valid13 = _errs537 === errors;
              valid97 = valid97 || _valid13;
              if (!valid97) {
                const _errs538 = errors;
                if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                  let missing17;
                  if (data200.consistentHash === void 0 && (missing17 = "consistentHash")) {
                    const err384 = {};
                    if (vErrors === null) {
                      vErrors = [err384];
                    } else {
                      vErrors.push(err384);
                    }
                    errors++;
                  }
                }
                var _valid13 = _errs538 === errors;
                valid97 = valid97 || _valid13;
              }
              if (!valid97) {
                const err385 = {};
                if (vErrors === null) {
                  vErrors = [err385];
                } else {
                  vErrors.push(err385);
                }
                errors++;
              } else {
                errors = _errs536;
                if (vErrors !== null) {
                  if (_errs536) {
                    vErrors.length = _errs536;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid96 = _errs535 === errors;
              if (valid96) {
                const err386 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                if (vErrors === null) {
                  vErrors = [err386];
                } else {
                  vErrors.push(err386);
                }
                errors++;
              } else {
                errors = _errs534;
                if (vErrors !== null) {
                  if (_errs534) {
                    vErrors.length = _errs534;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var _valid12 = _errs533 === errors;
              if (_valid12) {
                valid95 = true;
                passing6 = 0;
              }
              const _errs539 = errors;
              if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                if (data200.simple === void 0) {
                  const err387 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/oneOf/1/required", keyword: "required", params: { missingProperty: "simple" }, message: "must have required property 'simple'" };
                  if (vErrors === null) {
                    vErrors = [err387];
                  } else {
                    vErrors.push(err387);
                  }
                  errors++;
                }
              }
              var _valid12 = _errs539 === errors;
              if (_valid12 && valid95) {
                valid95 = false;
                passing6 = [passing6, 1];
              } else {
                if (_valid12) {
                  valid95 = true;
                  passing6 = 1;
                }
                const _errs540 = errors;
                if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                  if (data200.consistentHash === void 0) {
                    const err388 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/oneOf/2/required", keyword: "required", params: { missingProperty: "consistentHash" }, message: "must have required property 'consistentHash'" };
                    if (vErrors === null) {
                      vErrors = [err388];
                    } else {
                      vErrors.push(err388);
                    }
                    errors++;
                  }
                }
                var _valid12 = _errs540 === errors;
                if (_valid12 && valid95) {
                  valid95 = false;
                  passing6 = [passing6, 2];
                } else {
                  if (_valid12) {
                    valid95 = true;
                    passing6 = 2;
                  }
                }
              }
              if (!valid95) {
                const err389 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/oneOf", keyword: "oneOf", params: { passingSchemas: passing6 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err389];
                } else {
                  vErrors.push(err389);
                }
                errors++;
              } else {
                errors = _errs532;
                if (vErrors !== null) {
                  if (_errs532) {
                    vErrors.length = _errs532;
                  } else {
                    vErrors = null;
                  }
                }
              }
              if (data200 && typeof data200 == "object" && !Array.isArray(data200)) {
                for (const key49 in data200) {
                  if (!(key49 === "consistentHash" || key49 === "localityLbSetting" || key49 === "simple" || key49 === "warmup" || key49 === "warmupDurationSecs")) {
                    const err390 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key49 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err390];
                    } else {
                      vErrors.push(err390);
                    }
                    errors++;
                  }
                }
                if (data200.consistentHash !== void 0) {
                  let data201 = data200.consistentHash;
                  const _errs545 = errors;
                  let valid100 = false;
                  let passing7 = null;
                  const _errs546 = errors;
                  const _errs547 = errors;
                  const _errs548 = errors;
                  const _errs549 = errors;
                  let valid102 = false;
                  const _errs550 = errors;
                  if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                    let missing18;
                    if (data201.httpHeaderName === void 0 && (missing18 = "httpHeaderName")) {
                      const err391 = {};
                      if (vErrors === null) {
                        vErrors = [err391];
                      } else {
                        vErrors.push(err391);
                      }
                      errors++;
                    }
                  }
                  var _valid15 = _errs550 === errors;
                  valid102 = valid102 || _valid15;
                  if (!valid102) {
                    const _errs551 = errors;
                    if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                      let missing19;
                      if (data201.httpCookie === void 0 && (missing19 = "httpCookie")) {
                        const err392 = {};
                        if (vErrors === null) {
                          vErrors = [err392];
                        } else {
                          vErrors.push(err392);
                        }
                        errors++;
                      }
                    }
                    var _valid15 = _errs551 === errors;
                    valid102 = valid102 || _valid15;
                    if (!valid102) {
                      const _errs552 = errors;
                      if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                        let missing20;
                        if (data201.useSourceIp === void 0 && (missing20 = "useSourceIp")) {
                          const err393 = {};
                          if (vErrors === null) {
                            vErrors = [err393];
                          } else {
                            vErrors.push(err393);
                          }
                          errors++;
                        }
                      }
                      var _valid15 = _errs552 === errors;
                      valid102 = valid102 || _valid15;
                      if (!valid102) {
                        const _errs553 = errors;
                        if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                          let missing21;
                          if (data201.httpQueryParameterName === void 0 && (missing21 = "httpQueryParameterName")) {
                            const err394 = {};
                            if (vErrors === null) {
                              vErrors = [err394];
                            } else {
                              vErrors.push(err394);
                            }
                            errors++;
                          }
                        }
                        var _valid15 = _errs553 === errors;
                        valid102 = valid102 || _valid15;
                      }
                    }
                  }
                  if (!valid102) {
                    const err395 = {};
                    if (vErrors === null) {
                      vErrors = [err395];
                    } else {
                      vErrors.push(err395);
                    }
                    errors++;
                  } else {
                    errors = _errs549;
                    if (vErrors !== null) {
                      if (_errs549) {
                        vErrors.length = _errs549;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid101 = _errs548 === errors;
                  if (valid101) {
                    const err396 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                    if (vErrors === null) {
                      vErrors = [err396];
                    } else {
                      vErrors.push(err396);
                    }
                    errors++;
                  } else {
                    errors = _errs547;
                    if (vErrors !== null) {
                      if (_errs547) {
                        vErrors.length = _errs547;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var _valid14 = _errs546 === errors;
                  if (_valid14) {
                    valid100 = true;
                    passing7 = 0;
                  }
                  const _errs554 = errors;
                  if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                    if (data201.httpHeaderName === void 0) {
                      const err397 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/1/required", keyword: "required", params: { missingProperty: "httpHeaderName" }, message: "must have required property 'httpHeaderName'" };
                      if (vErrors === null) {
                        vErrors = [err397];
                      } else {
                        vErrors.push(err397);
                      }
                      errors++;
                    }
                  }
                  var _valid14 = _errs554 === errors;
                  if (_valid14 && valid100) {
                    valid100 = false;
                    passing7 = [passing7, 1];
                  } else {
                    if (_valid14) {
                      valid100 = true;
                      passing7 = 1;
                    }
                    const _errs555 = errors;
                    if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                      if (data201.httpCookie === void 0) {
                        const err398 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/2/required", keyword: "required", params: { missingProperty: "httpCookie" }, message: "must have required property 'httpCookie'" };
                        if (vErrors === null) {
                          vErrors = [err398];
                        } else {
                          vErrors.push(err398);
                        }
                        errors++;
                      }
                    }
                    var _valid14 = _errs555 === errors;
                    if (_valid14 && valid100) {
                      valid100 = false;
                      passing7 = [passing7, 2];
                    } else {
                      if (_valid14) {
                        valid100 = true;
                        passing7 = 2;
                      }
                      const _errs556 = errors;
                      if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                        if (data201.useSourceIp === void 0) {
                          const err399 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/3/required", keyword: "required", params: { missingProperty: "useSourceIp" }, message: "must have required property 'useSourceIp'" };
                          if (vErrors === null) {
                            vErrors = [err399];
                          } else {
                            vErrors.push(err399);
                          }
                          errors++;
                        }
                      }
                      var _valid14 = _errs556 === errors;
                      if (_valid14 && valid100) {
                        valid100 = false;
                        passing7 = [passing7, 3];
                      } else {
                        if (_valid14) {
                          valid100 = true;
                          passing7 = 3;
                        }
                        const _errs557 = errors;
                        if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                          if (data201.httpQueryParameterName === void 0) {
                            const err400 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/4/required", keyword: "required", params: { missingProperty: "httpQueryParameterName" }, message: "must have required property 'httpQueryParameterName'" };
                            if (vErrors === null) {
                              vErrors = [err400];
                            } else {
                              vErrors.push(err400);
                            }
                            errors++;
                          }
                        }
                        var _valid14 = _errs557 === errors;
                        if (_valid14 && valid100) {
                          valid100 = false;
                          passing7 = [passing7, 4];
                        } else {
                          if (_valid14) {
                            valid100 = true;
                            passing7 = 4;
                          }
                        }
                      }
                    }
                  }
                  if (!valid100) {
                    const err401 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf", keyword: "oneOf", params: { passingSchemas: passing7 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err401];
                    } else {
                      vErrors.push(err401);
                    }
                    errors++;
                  } else {
                    errors = _errs545;
                    if (vErrors !== null) {
                      if (_errs545) {
                        vErrors.length = _errs545;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  const _errs559 = errors;
                  let valid103 = false;
                  let passing8 = null;
                  const _errs560 = errors;
                  const _errs561 = errors;
                  const _errs562 = errors;
                  const _errs563 = errors;
                  let valid105 = false;
                  const _errs564 = errors;
                  if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                    let missing22;
                    if (data201.ringHash === void 0 && (missing22 = "ringHash")) {
                      const err402 = {};
                      if (vErrors === null) {
                        vErrors = [err402];
                      } else {
                        vErrors.push(err402);
                      }
                      errors++;
                    }
                  }
                  var _valid17 = _errs564 === errors;
                  valid105 = valid105 || _valid17;
                  if (!valid105) {
                    const _errs565 = errors;
                    if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                      let missing23;
                      if (data201.maglev === void 0 && (missing23 = "maglev")) {
                        const err403 = {};
                        if (vErrors === null) {
                          vErrors = [err403];
                        } else {
                          vErrors.push(err403);
                        }
                        errors++;
                      }
                    }
                    var _valid17 = _errs565 === errors;
                    valid105 = valid105 || _valid17;
                  }
                  if (!valid105) {
                    const err404 = {};
                    if (vErrors === null) {
                      vErrors = [err404];
                    } else {
                      vErrors.push(err404);
                    }
                    errors++;
                  } else {
                    errors = _errs563;
                    if (vErrors !== null) {
                      if (_errs563) {
                        vErrors.length = _errs563;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid104 = _errs562 === errors;
                  if (valid104) {
                    const err405 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                    if (vErrors === null) {
                      vErrors = [err405];
                    } else {
                      vErrors.push(err405);
                    }
                    errors++;
                  } else {
                    errors = _errs561;
                    if (vErrors !== null) {
                      if (_errs561) {
                        vErrors.length = _errs561;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var _valid16 = _errs560 === errors;
                  if (_valid16) {
                    valid103 = true;
                    passing8 = 0;
                  }
                  const _errs566 = errors;
                  if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                    if (data201.ringHash === void 0) {
                      const err406 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/1/required", keyword: "required", params: { missingProperty: "ringHash" }, message: "must have required property 'ringHash'" };
                      if (vErrors === null) {
                        vErrors = [err406];
                      } else {
                        vErrors.push(err406);
                      }
                      errors++;
                    }
                  }
                  var _valid16 = _errs566 === errors;
                  if (_valid16 && valid103) {
                    valid103 = false;
                    passing8 = [passing8, 1];
                  } else {
                    if (_valid16) {
                      valid103 = true;
                      passing8 = 1;
                    }
                    const _errs567 = errors;
                    if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                      if (data201.maglev === void 0) {
                        const err407 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/2/required", keyword: "required", params: { missingProperty: "maglev" }, message: "must have required property 'maglev'" };
                        if (vErrors === null) {
                          vErrors = [err407];
                        } else {
                          vErrors.push(err407);
                        }
                        errors++;
                      }
                    }
                    var _valid16 = _errs567 === errors;
                    if (_valid16 && valid103) {
                      valid103 = false;
                      passing8 = [passing8, 2];
                    } else {
                      if (_valid16) {
                        valid103 = true;
                        passing8 = 2;
                      }
                    }
                  }
                  if (!valid103) {
                    const err408 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing8 }, message: "must match exactly one schema in oneOf" };
                    if (vErrors === null) {
                      vErrors = [err408];
                    } else {
                      vErrors.push(err408);
                    }
                    errors++;
                  } else {
                    errors = _errs559;
                    if (vErrors !== null) {
                      if (_errs559) {
                        vErrors.length = _errs559;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  if (data201 && typeof data201 == "object" && !Array.isArray(data201)) {
                    for (const key50 in data201) {
                      if (!(key50 === "httpCookie" || key50 === "httpHeaderName" || key50 === "httpQueryParameterName" || key50 === "maglev" || key50 === "minimumRingSize" || key50 === "ringHash" || key50 === "useSourceIp")) {
                        const err409 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key50 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err409];
                        } else {
                          vErrors.push(err409);
                        }
                        errors++;
                      }
                    }
                    if (data201.httpCookie !== void 0) {
                      let data202 = data201.httpCookie;
                      if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
                        if (data202.name === void 0) {
                          const err410 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                          if (vErrors === null) {
                            vErrors = [err410];
                          } else {
                            vErrors.push(err410);
                          }
                          errors++;
                        }
                        for (const key51 in data202) {
                          if (!(key51 === "attributes" || key51 === "name" || key51 === "path" || key51 === "ttl")) {
                            const err411 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key51 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err411];
                            } else {
                              vErrors.push(err411);
                            }
                            errors++;
                          }
                        }
                        if (data202.attributes !== void 0) {
                          let data203 = data202.attributes;
                          if (Array.isArray(data203)) {
                            const len13 = data203.length;
                            for (let i13 = 0; i13 < len13; i13++) {
                              let data204 = data203[i13];
                              if (data204 && typeof data204 == "object" && !Array.isArray(data204)) {
                                if (data204.name === void 0) {
                                  const err412 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i13, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                                  if (vErrors === null) {
                                    vErrors = [err412];
                                  } else {
                                    vErrors.push(err412);
                                  }
                                  errors++;
                                }
                                for (const key52 in data204) {
                                  if (!(key52 === "name" || key52 === "value")) {
                                    const err413 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i13, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key52 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err413];
                                    } else {
                                      vErrors.push(err413);
                                    }
                                    errors++;
                                  }
                                }
                                if (data204.name !== void 0) {
                                  if (typeof data204.name !== "string") {
                                    const err414 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i13 + "/name", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err414];
                                    } else {
                                      vErrors.push(err414);
                                    }
                                    errors++;
                                  }
                                }
                                if (data204.value !== void 0) {
                                  if (typeof data204.value !== "string") {
                                    const err415 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i13 + "/value", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err415];
                                    } else {
                                      vErrors.push(err415);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err416 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes/" + i13, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err416];
                                } else {
                                  vErrors.push(err416);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err417 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/attributes", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err417];
                            } else {
                              vErrors.push(err417);
                            }
                            errors++;
                          }
                        }
                        if (data202.name !== void 0) {
                          if (typeof data202.name !== "string") {
                            const err418 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/name", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err418];
                            } else {
                              vErrors.push(err418);
                            }
                            errors++;
                          }
                        }
                        if (data202.path !== void 0) {
                          if (typeof data202.path !== "string") {
                            const err419 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/path", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err419];
                            } else {
                              vErrors.push(err419);
                            }
                            errors++;
                          }
                        }
                        if (data202.ttl !== void 0) {
                          if (typeof data202.ttl !== "string") {
                            const err420 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie/ttl", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/ttl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err420];
                            } else {
                              vErrors.push(err420);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err421 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpCookie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err421];
                        } else {
                          vErrors.push(err421);
                        }
                        errors++;
                      }
                    }
                    if (data201.httpHeaderName !== void 0) {
                      if (typeof data201.httpHeaderName !== "string") {
                        const err422 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpHeaderName", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpHeaderName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err422];
                        } else {
                          vErrors.push(err422);
                        }
                        errors++;
                      }
                    }
                    if (data201.httpQueryParameterName !== void 0) {
                      if (typeof data201.httpQueryParameterName !== "string") {
                        const err423 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/httpQueryParameterName", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/httpQueryParameterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err423];
                        } else {
                          vErrors.push(err423);
                        }
                        errors++;
                      }
                    }
                    if (data201.maglev !== void 0) {
                      let data212 = data201.maglev;
                      if (data212 && typeof data212 == "object" && !Array.isArray(data212)) {
                        for (const key53 in data212) {
                          if (!(key53 === "tableSize")) {
                            const err424 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/maglev", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/maglev/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key53 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err424];
                            } else {
                              vErrors.push(err424);
                            }
                            errors++;
                          }
                        }
                        if (data212.tableSize !== void 0) {
                          let data213 = data212.tableSize;
                          if (!(typeof data213 == "number" && (!(data213 % 1) && !isNaN(data213)) && isFinite(data213))) {
                            const err425 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/maglev/tableSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/maglev/properties/tableSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err425];
                            } else {
                              vErrors.push(err425);
                            }
                            errors++;
                          }
                          if (typeof data213 == "number" && isFinite(data213)) {
                            if (data213 < 0 || isNaN(data213)) {
                              const err426 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/maglev/tableSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/maglev/properties/tableSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err426];
                              } else {
                                vErrors.push(err426);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err427 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/maglev", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/maglev/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err427];
                        } else {
                          vErrors.push(err427);
                        }
                        errors++;
                      }
                    }
                    if (data201.minimumRingSize !== void 0) {
                      let data214 = data201.minimumRingSize;
                      if (!(typeof data214 == "number" && (!(data214 % 1) && !isNaN(data214)) && isFinite(data214))) {
                        const err428 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/minimumRingSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/minimumRingSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err428];
                        } else {
                          vErrors.push(err428);
                        }
                        errors++;
                      }
                      if (typeof data214 == "number" && isFinite(data214)) {
                        if (data214 < 0 || isNaN(data214)) {
                          const err429 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/minimumRingSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/minimumRingSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err429];
                          } else {
                            vErrors.push(err429);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data201.ringHash !== void 0) {
                      let data215 = data201.ringHash;
                      if (data215 && typeof data215 == "object" && !Array.isArray(data215)) {
                        for (const key54 in data215) {
                          if (!(key54 === "minimumRingSize")) {
                            const err430 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/ringHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/ringHash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key54 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err430];
                            } else {
                              vErrors.push(err430);
                            }
                            errors++;
                          }
                        }
                        if (data215.minimumRingSize !== void 0) {
                          let data216 = data215.minimumRingSize;
                          if (!(typeof data216 == "number" && (!(data216 % 1) && !isNaN(data216)) && isFinite(data216))) {
                            const err431 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/ringHash/minimumRingSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/ringHash/properties/minimumRingSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err431];
                            } else {
                              vErrors.push(err431);
                            }
                            errors++;
                          }
                          if (typeof data216 == "number" && isFinite(data216)) {
                            if (data216 < 0 || isNaN(data216)) {
                              const err432 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/ringHash/minimumRingSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/ringHash/properties/minimumRingSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err432];
                              } else {
                                vErrors.push(err432);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err433 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/ringHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/ringHash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err433];
                        } else {
                          vErrors.push(err433);
                        }
                        errors++;
                      }
                    }
                    if (data201.useSourceIp !== void 0) {
                      if (typeof data201.useSourceIp !== "boolean") {
                        const err434 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash/useSourceIp", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/properties/useSourceIp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err434];
                        } else {
                          vErrors.push(err434);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err435 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/consistentHash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err435];
                    } else {
                      vErrors.push(err435);
                    }
                    errors++;
                  }
                }
                if (data200.localityLbSetting !== void 0) {
                  let data218 = data200.localityLbSetting;
                  if (data218 && typeof data218 == "object" && !Array.isArray(data218)) {
                    for (const key55 in data218) {
                      if (!(key55 === "distribute" || key55 === "enabled" || key55 === "failover" || key55 === "failoverPriority")) {
                        const err436 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key55 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err436];
                        } else {
                          vErrors.push(err436);
                        }
                        errors++;
                      }
                    }
                    if (data218.distribute !== void 0) {
                      let data219 = data218.distribute;
                      if (Array.isArray(data219)) {
                        const len14 = data219.length;
                        for (let i14 = 0; i14 < len14; i14++) {
                          let data220 = data219[i14];
                          if (data220 && typeof data220 == "object" && !Array.isArray(data220)) {
                            for (const key56 in data220) {
                              if (!(key56 === "from" || key56 === "to")) {
                                const err437 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i14, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key56 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err437];
                                } else {
                                  vErrors.push(err437);
                                }
                                errors++;
                              }
                            }
                            if (data220.from !== void 0) {
                              if (typeof data220.from !== "string") {
                                const err438 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i14 + "/from", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err438];
                                } else {
                                  vErrors.push(err438);
                                }
                                errors++;
                              }
                            }
                            if (data220.to !== void 0) {
                              let data222 = data220.to;
                              if (data222 && typeof data222 == "object" && !Array.isArray(data222)) {
                                for (const key57 in data222) {
                                  let data223 = data222[key57];
                                  if (!(typeof data223 == "number" && (!(data223 % 1) && !isNaN(data223)) && isFinite(data223))) {
                                    const err439 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i14 + "/to/" + key57.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err439];
                                    } else {
                                      vErrors.push(err439);
                                    }
                                    errors++;
                                  }
                                  if (typeof data223 == "number" && isFinite(data223)) {
                                    if (data223 > 4294967295 || isNaN(data223)) {
                                      const err440 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i14 + "/to/" + key57.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err440];
                                      } else {
                                        vErrors.push(err440);
                                      }
                                      errors++;
                                    }
                                    if (data223 < 0 || isNaN(data223)) {
                                      const err441 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i14 + "/to/" + key57.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err441];
                                      } else {
                                        vErrors.push(err441);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err442 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i14 + "/to", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err442];
                                } else {
                                  vErrors.push(err442);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err443 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute/" + i14, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err443];
                            } else {
                              vErrors.push(err443);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err444 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/distribute/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err444];
                        } else {
                          vErrors.push(err444);
                        }
                        errors++;
                      }
                    }
                    if (data218.enabled !== void 0) {
                      let data224 = data218.enabled;
                      if (typeof data224 !== "boolean" && data224 !== null) {
                        const err445 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/enabled", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err445];
                        } else {
                          vErrors.push(err445);
                        }
                        errors++;
                      }
                    }
                    if (data218.failover !== void 0) {
                      let data225 = data218.failover;
                      if (Array.isArray(data225)) {
                        const len15 = data225.length;
                        for (let i15 = 0; i15 < len15; i15++) {
                          let data226 = data225[i15];
                          if (data226 && typeof data226 == "object" && !Array.isArray(data226)) {
                            for (const key58 in data226) {
                              if (!(key58 === "from" || key58 === "to")) {
                                const err446 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/failover/" + i15, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key58 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err446];
                                } else {
                                  vErrors.push(err446);
                                }
                                errors++;
                              }
                            }
                            if (data226.from !== void 0) {
                              if (typeof data226.from !== "string") {
                                const err447 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/failover/" + i15 + "/from", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err447];
                                } else {
                                  vErrors.push(err447);
                                }
                                errors++;
                              }
                            }
                            if (data226.to !== void 0) {
                              if (typeof data226.to !== "string") {
                                const err448 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/failover/" + i15 + "/to", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err448];
                                } else {
                                  vErrors.push(err448);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err449 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/failover/" + i15, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err449];
                            } else {
                              vErrors.push(err449);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err450 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/failover", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failover/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err450];
                        } else {
                          vErrors.push(err450);
                        }
                        errors++;
                      }
                    }
                    if (data218.failoverPriority !== void 0) {
                      let data229 = data218.failoverPriority;
                      if (Array.isArray(data229)) {
                        const len16 = data229.length;
                        for (let i16 = 0; i16 < len16; i16++) {
                          if (typeof data229[i16] !== "string") {
                            const err451 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/failoverPriority/" + i16, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failoverPriority/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err451];
                            } else {
                              vErrors.push(err451);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err452 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting/failoverPriority", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/properties/failoverPriority/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                          vErrors = [err452];
                        } else {
                          vErrors.push(err452);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err453 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/localityLbSetting", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/localityLbSetting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err453];
                    } else {
                      vErrors.push(err453);
                    }
                    errors++;
                  }
                }
                if (data200.simple !== void 0) {
                  let data231 = data200.simple;
                  if (typeof data231 !== "string") {
                    const err454 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/simple", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/simple/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err454];
                    } else {
                      vErrors.push(err454);
                    }
                    errors++;
                  }
                  if (!(data231 === "UNSPECIFIED" || data231 === "LEAST_CONN" || data231 === "RANDOM" || data231 === "PASSTHROUGH" || data231 === "ROUND_ROBIN" || data231 === "LEAST_REQUEST")) {
                    const err455 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/simple", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/simple/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.trafficPolicy.properties.loadBalancer.properties.simple.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err455];
                    } else {
                      vErrors.push(err455);
                    }
                    errors++;
                  }
                }
                if (data200.warmup !== void 0) {
                  let data232 = data200.warmup;
                  if (data232 && typeof data232 == "object" && !Array.isArray(data232)) {
                    if (data232.duration === void 0) {
                      const err456 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'" };
                      if (vErrors === null) {
                        vErrors = [err456];
                      } else {
                        vErrors.push(err456);
                      }
                      errors++;
                    }
                    for (const key59 in data232) {
                      if (!(key59 === "aggression" || key59 === "duration" || key59 === "minimumPercent")) {
                        const err457 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key59 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err457];
                        } else {
                          vErrors.push(err457);
                        }
                        errors++;
                      }
                    }
                    if (data232.aggression !== void 0) {
                      let data233 = data232.aggression;
                      if (!(typeof data233 == "number" && isFinite(data233)) && data233 !== null) {
                        const err458 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/aggression/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err458];
                        } else {
                          vErrors.push(err458);
                        }
                        errors++;
                      }
                      if (typeof data233 == "number" && isFinite(data233)) {
                        if (data233 < 0 || isNaN(data233)) {
                          const err459 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/aggression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err459];
                          } else {
                            vErrors.push(err459);
                          }
                          errors++;
                        }
                        if (!formats22.validate(data233)) {
                          const err460 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/aggression/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                          if (vErrors === null) {
                            vErrors = [err460];
                          } else {
                            vErrors.push(err460);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data232.duration !== void 0) {
                      if (typeof data232.duration !== "string") {
                        const err461 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup/duration", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err461];
                        } else {
                          vErrors.push(err461);
                        }
                        errors++;
                      }
                    }
                    if (data232.minimumPercent !== void 0) {
                      let data235 = data232.minimumPercent;
                      if (!(typeof data235 == "number" && isFinite(data235)) && data235 !== null) {
                        const err462 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/minimumPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                          vErrors = [err462];
                        } else {
                          vErrors.push(err462);
                        }
                        errors++;
                      }
                      if (typeof data235 == "number" && isFinite(data235)) {
                        if (data235 > 100 || isNaN(data235)) {
                          const err463 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/minimumPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                          if (vErrors === null) {
                            vErrors = [err463];
                          } else {
                            vErrors.push(err463);
                          }
                          errors++;
                        }
                        if (data235 < 0 || isNaN(data235)) {
                          const err464 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/minimumPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                          if (vErrors === null) {
                            vErrors = [err464];
                          } else {
                            vErrors.push(err464);
                          }
                          errors++;
                        }
                        if (!formats22.validate(data235)) {
                          const err465 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/properties/minimumPercent/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                          if (vErrors === null) {
                            vErrors = [err465];
                          } else {
                            vErrors.push(err465);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err466 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err466];
                    } else {
                      vErrors.push(err466);
                    }
                    errors++;
                  }
                }
                if (data200.warmupDurationSecs !== void 0) {
                  if (typeof data200.warmupDurationSecs !== "string") {
                    const err467 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer/warmupDurationSecs", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/properties/warmupDurationSecs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err467];
                    } else {
                      vErrors.push(err467);
                    }
                    errors++;
                  }
                }
              } else {
                const err468 = { instancePath: instancePath + "/spec/trafficPolicy/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/loadBalancer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err468];
                } else {
                  vErrors.push(err468);
                }
                errors++;
              }
            }
            if (data180.outlierDetection !== void 0) {
              let data237 = data180.outlierDetection;
              if (data237 && typeof data237 == "object" && !Array.isArray(data237)) {
                for (const key60 in data237) {
                  if (!func2.call(schema12.properties.spec.properties.trafficPolicy.properties.outlierDetection.properties, key60)) {
                    const err469 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key60 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err469];
                    } else {
                      vErrors.push(err469);
                    }
                    errors++;
                  }
                }
                if (data237.baseEjectionTime !== void 0) {
                  if (typeof data237.baseEjectionTime !== "string") {
                    const err470 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/baseEjectionTime", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/baseEjectionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err470];
                    } else {
                      vErrors.push(err470);
                    }
                    errors++;
                  }
                }
                if (data237.consecutive5xxErrors !== void 0) {
                  let data239 = data237.consecutive5xxErrors;
                  if (!(typeof data239 == "number" && (!(data239 % 1) && !isNaN(data239)) && isFinite(data239)) && data239 !== null) {
                    const err471 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutive5xxErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err471];
                    } else {
                      vErrors.push(err471);
                    }
                    errors++;
                  }
                  if (typeof data239 == "number" && isFinite(data239)) {
                    if (data239 > 4294967295 || isNaN(data239)) {
                      const err472 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutive5xxErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err472];
                      } else {
                        vErrors.push(err472);
                      }
                      errors++;
                    }
                    if (data239 < 0 || isNaN(data239)) {
                      const err473 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutive5xxErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err473];
                      } else {
                        vErrors.push(err473);
                      }
                      errors++;
                    }
                  }
                }
                if (data237.consecutiveErrors !== void 0) {
                  let data240 = data237.consecutiveErrors;
                  if (!(typeof data240 == "number" && (!(data240 % 1) && !isNaN(data240)) && isFinite(data240))) {
                    const err474 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutiveErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err474];
                    } else {
                      vErrors.push(err474);
                    }
                    errors++;
                  }
                  if (typeof data240 == "number" && isFinite(data240)) {
                    if (!formats10.validate(data240)) {
                      const err475 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutiveErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveErrors/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err475];
                      } else {
                        vErrors.push(err475);
                      }
                      errors++;
                    }
                  }
                }
                if (data237.consecutiveGatewayErrors !== void 0) {
                  let data241 = data237.consecutiveGatewayErrors;
                  if (!(typeof data241 == "number" && (!(data241 % 1) && !isNaN(data241)) && isFinite(data241)) && data241 !== null) {
                    const err476 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveGatewayErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err476];
                    } else {
                      vErrors.push(err476);
                    }
                    errors++;
                  }
                  if (typeof data241 == "number" && isFinite(data241)) {
                    if (data241 > 4294967295 || isNaN(data241)) {
                      const err477 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveGatewayErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err477];
                      } else {
                        vErrors.push(err477);
                      }
                      errors++;
                    }
                    if (data241 < 0 || isNaN(data241)) {
                      const err478 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveGatewayErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err478];
                      } else {
                        vErrors.push(err478);
                      }
                      errors++;
                    }
                  }
                }
                if (data237.consecutiveLocalOriginFailures !== void 0) {
                  let data242 = data237.consecutiveLocalOriginFailures;
                  if (!(typeof data242 == "number" && (!(data242 % 1) && !isNaN(data242)) && isFinite(data242)) && data242 !== null) {
                    const err479 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveLocalOriginFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err479];
                    } else {
                      vErrors.push(err479);
                    }
                    errors++;
                  }
                  if (typeof data242 == "number" && isFinite(data242)) {
                    if (data242 > 4294967295 || isNaN(data242)) {
                      const err480 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveLocalOriginFailures/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err480];
                      } else {
                        vErrors.push(err480);
                      }
                      errors++;
                    }
                    if (data242 < 0 || isNaN(data242)) {
                      const err481 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/consecutiveLocalOriginFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err481];
                      } else {
                        vErrors.push(err481);
                      }
                      errors++;
                    }
                  }
                }
                if (data237.interval !== void 0) {
                  if (typeof data237.interval !== "string") {
                    const err482 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/interval", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err482];
                    } else {
                      vErrors.push(err482);
                    }
                    errors++;
                  }
                }
                if (data237.maxEjectionPercent !== void 0) {
                  let data244 = data237.maxEjectionPercent;
                  if (!(typeof data244 == "number" && (!(data244 % 1) && !isNaN(data244)) && isFinite(data244))) {
                    const err483 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/maxEjectionPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err483];
                    } else {
                      vErrors.push(err483);
                    }
                    errors++;
                  }
                  if (typeof data244 == "number" && isFinite(data244)) {
                    if (!formats10.validate(data244)) {
                      const err484 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/maxEjectionPercent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err484];
                      } else {
                        vErrors.push(err484);
                      }
                      errors++;
                    }
                  }
                }
                if (data237.minHealthPercent !== void 0) {
                  let data245 = data237.minHealthPercent;
                  if (!(typeof data245 == "number" && (!(data245 % 1) && !isNaN(data245)) && isFinite(data245))) {
                    const err485 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/minHealthPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/minHealthPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err485];
                    } else {
                      vErrors.push(err485);
                    }
                    errors++;
                  }
                  if (typeof data245 == "number" && isFinite(data245)) {
                    if (!formats10.validate(data245)) {
                      const err486 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/minHealthPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/minHealthPercent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                      if (vErrors === null) {
                        vErrors = [err486];
                      } else {
                        vErrors.push(err486);
                      }
                      errors++;
                    }
                  }
                }
                if (data237.splitExternalLocalOriginErrors !== void 0) {
                  if (typeof data237.splitExternalLocalOriginErrors !== "boolean") {
                    const err487 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection/splitExternalLocalOriginErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/properties/splitExternalLocalOriginErrors/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err487];
                    } else {
                      vErrors.push(err487);
                    }
                    errors++;
                  }
                }
              } else {
                const err488 = { instancePath: instancePath + "/spec/trafficPolicy/outlierDetection", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/outlierDetection/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err488];
                } else {
                  vErrors.push(err488);
                }
                errors++;
              }
            }
            if (data180.portLevelSettings !== void 0) {
              let data247 = data180.portLevelSettings;
              if (Array.isArray(data247)) {
                if (data247.length > 4096) {
                  const err489 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/maxItems", keyword: "maxItems", params: { limit: 4096 }, message: "must NOT have more than 4096 items" };
                  if (vErrors === null) {
                    vErrors = [err489];
                  } else {
                    vErrors.push(err489);
                  }
                  errors++;
                }
                const len17 = data247.length;
                for (let i17 = 0; i17 < len17; i17++) {
                  let data248 = data247[i17];
                  if (data248 && typeof data248 == "object" && !Array.isArray(data248)) {
                    for (const key61 in data248) {
                      if (!(key61 === "connectionPool" || key61 === "loadBalancer" || key61 === "outlierDetection" || key61 === "port" || key61 === "tls")) {
                        const err490 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key61 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err490];
                        } else {
                          vErrors.push(err490);
                        }
                        errors++;
                      }
                    }
                    if (data248.connectionPool !== void 0) {
                      let data249 = data248.connectionPool;
                      if (data249 && typeof data249 == "object" && !Array.isArray(data249)) {
                        for (const key62 in data249) {
                          if (!(key62 === "http" || key62 === "tcp")) {
                            const err491 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key62 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err491];
                            } else {
                              vErrors.push(err491);
                            }
                            errors++;
                          }
                        }
                        if (data249.http !== void 0) {
                          let data250 = data249.http;
                          if (data250 && typeof data250 == "object" && !Array.isArray(data250)) {
                            for (const key63 in data250) {
                              if (!(key63 === "h2UpgradePolicy" || key63 === "http1MaxPendingRequests" || key63 === "http2MaxRequests" || key63 === "idleTimeout" || key63 === "maxConcurrentStreams" || key63 === "maxRequestsPerConnection" || key63 === "maxRetries" || key63 === "useClientProtocol")) {
                                const err492 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key63 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err492];
                                } else {
                                  vErrors.push(err492);
                                }
                                errors++;
                              }
                            }
                            if (data250.h2UpgradePolicy !== void 0) {
                              let data251 = data250.h2UpgradePolicy;
                              if (typeof data251 !== "string") {
                                const err493 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/h2UpgradePolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err493];
                                } else {
                                  vErrors.push(err493);
                                }
                                errors++;
                              }
                              if (!(data251 === "DEFAULT" || data251 === "DO_NOT_UPGRADE" || data251 === "UPGRADE")) {
                                const err494 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/h2UpgradePolicy", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/h2UpgradePolicy/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.trafficPolicy.properties.portLevelSettings.items.properties.connectionPool.properties.http.properties.h2UpgradePolicy.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                  vErrors = [err494];
                                } else {
                                  vErrors.push(err494);
                                }
                                errors++;
                              }
                            }
                            if (data250.http1MaxPendingRequests !== void 0) {
                              let data252 = data250.http1MaxPendingRequests;
                              if (!(typeof data252 == "number" && (!(data252 % 1) && !isNaN(data252)) && isFinite(data252))) {
                                const err495 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err495];
                                } else {
                                  vErrors.push(err495);
                                }
                                errors++;
                              }
                              if (typeof data252 == "number" && isFinite(data252)) {
                                if (!formats10.validate(data252)) {
                                  const err496 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/http1MaxPendingRequests", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/http1MaxPendingRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err496];
                                  } else {
                                    vErrors.push(err496);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data250.http2MaxRequests !== void 0) {
                              let data253 = data250.http2MaxRequests;
                              if (!(typeof data253 == "number" && (!(data253 % 1) && !isNaN(data253)) && isFinite(data253))) {
                                const err497 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/http2MaxRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err497];
                                } else {
                                  vErrors.push(err497);
                                }
                                errors++;
                              }
                              if (typeof data253 == "number" && isFinite(data253)) {
                                if (!formats10.validate(data253)) {
                                  const err498 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/http2MaxRequests", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/http2MaxRequests/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err498];
                                  } else {
                                    vErrors.push(err498);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data250.idleTimeout !== void 0) {
                              if (typeof data250.idleTimeout !== "string") {
                                const err499 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/idleTimeout", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err499];
                                } else {
                                  vErrors.push(err499);
                                }
                                errors++;
                              }
                            }
                            if (data250.maxConcurrentStreams !== void 0) {
                              let data255 = data250.maxConcurrentStreams;
                              if (!(typeof data255 == "number" && (!(data255 % 1) && !isNaN(data255)) && isFinite(data255))) {
                                const err500 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxConcurrentStreams/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err500];
                                } else {
                                  vErrors.push(err500);
                                }
                                errors++;
                              }
                              if (typeof data255 == "number" && isFinite(data255)) {
                                if (!formats10.validate(data255)) {
                                  const err501 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/maxConcurrentStreams", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxConcurrentStreams/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err501];
                                  } else {
                                    vErrors.push(err501);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data250.maxRequestsPerConnection !== void 0) {
                              let data256 = data250.maxRequestsPerConnection;
                              if (!(typeof data256 == "number" && (!(data256 % 1) && !isNaN(data256)) && isFinite(data256))) {
                                const err502 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err502];
                                } else {
                                  vErrors.push(err502);
                                }
                                errors++;
                              }
                              if (typeof data256 == "number" && isFinite(data256)) {
                                if (!formats10.validate(data256)) {
                                  const err503 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/maxRequestsPerConnection", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxRequestsPerConnection/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err503];
                                  } else {
                                    vErrors.push(err503);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data250.maxRetries !== void 0) {
                              let data257 = data250.maxRetries;
                              if (!(typeof data257 == "number" && (!(data257 % 1) && !isNaN(data257)) && isFinite(data257))) {
                                const err504 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxRetries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err504];
                                } else {
                                  vErrors.push(err504);
                                }
                                errors++;
                              }
                              if (typeof data257 == "number" && isFinite(data257)) {
                                if (!formats10.validate(data257)) {
                                  const err505 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/maxRetries", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/maxRetries/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err505];
                                  } else {
                                    vErrors.push(err505);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data250.useClientProtocol !== void 0) {
                              if (typeof data250.useClientProtocol !== "boolean") {
                                const err506 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http/useClientProtocol", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/properties/useClientProtocol/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err506];
                                } else {
                                  vErrors.push(err506);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err507 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/http", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err507];
                            } else {
                              vErrors.push(err507);
                            }
                            errors++;
                          }
                        }
                        if (data249.tcp !== void 0) {
                          let data259 = data249.tcp;
                          if (data259 && typeof data259 == "object" && !Array.isArray(data259)) {
                            for (const key64 in data259) {
                              if (!(key64 === "connectTimeout" || key64 === "idleTimeout" || key64 === "maxConnectionDuration" || key64 === "maxConnections" || key64 === "tcpKeepalive")) {
                                const err508 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key64 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err508];
                                } else {
                                  vErrors.push(err508);
                                }
                                errors++;
                              }
                            }
                            if (data259.connectTimeout !== void 0) {
                              if (typeof data259.connectTimeout !== "string") {
                                const err509 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/connectTimeout", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/connectTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err509];
                                } else {
                                  vErrors.push(err509);
                                }
                                errors++;
                              }
                            }
                            if (data259.idleTimeout !== void 0) {
                              if (typeof data259.idleTimeout !== "string") {
                                const err510 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/idleTimeout", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/idleTimeout/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err510];
                                } else {
                                  vErrors.push(err510);
                                }
                                errors++;
                              }
                            }
                            if (data259.maxConnectionDuration !== void 0) {
                              if (typeof data259.maxConnectionDuration !== "string") {
                                const err511 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/maxConnectionDuration", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/maxConnectionDuration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err511];
                                } else {
                                  vErrors.push(err511);
                                }
                                errors++;
                              }
                            }
                            if (data259.maxConnections !== void 0) {
                              let data263 = data259.maxConnections;
                              if (!(typeof data263 == "number" && (!(data263 % 1) && !isNaN(data263)) && isFinite(data263))) {
                                const err512 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/maxConnections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err512];
                                } else {
                                  vErrors.push(err512);
                                }
                                errors++;
                              }
                              if (typeof data263 == "number" && isFinite(data263)) {
                                if (!formats10.validate(data263)) {
                                  const err513 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/maxConnections", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/maxConnections/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                                  if (vErrors === null) {
                                    vErrors = [err513];
                                  } else {
                                    vErrors.push(err513);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data259.tcpKeepalive !== void 0) {
                              let data264 = data259.tcpKeepalive;
                              if (data264 && typeof data264 == "object" && !Array.isArray(data264)) {
                                for (const key65 in data264) {
                                  if (!(key65 === "interval" || key65 === "probes" || key65 === "time")) {
                                    const err514 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key65 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err514];
                                    } else {
                                      vErrors.push(err514);
                                    }
                                    errors++;
                                  }
                                }
                                if (data264.interval !== void 0) {
                                  if (typeof data264.interval !== "string") {
                                    const err515 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/tcpKeepalive/interval", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err515];
                                    } else {
                                      vErrors.push(err515);
                                    }
                                    errors++;
                                  }
                                }
                                if (data264.probes !== void 0) {
                                  let data266 = data264.probes;
                                  if (!(typeof data266 == "number" && (!(data266 % 1) && !isNaN(data266)) && isFinite(data266))) {
                                    const err516 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err516];
                                    } else {
                                      vErrors.push(err516);
                                    }
                                    errors++;
                                  }
                                  if (typeof data266 == "number" && isFinite(data266)) {
                                    if (data266 > 4294967295 || isNaN(data266)) {
                                      const err517 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                      if (vErrors === null) {
                                        vErrors = [err517];
                                      } else {
                                        vErrors.push(err517);
                                      }
                                      errors++;
                                    }
                                    if (data266 < 0 || isNaN(data266)) {
                                      const err518 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/tcpKeepalive/probes", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/probes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err518];
                                      } else {
                                        vErrors.push(err518);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                                if (data264.time !== void 0) {
                                  if (typeof data264.time !== "string") {
                                    const err519 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/tcpKeepalive/time", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err519];
                                    } else {
                                      vErrors.push(err519);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err520 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp/tcpKeepalive", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/properties/tcpKeepalive/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err520];
                                } else {
                                  vErrors.push(err520);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err521 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool/tcp", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/properties/tcp/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err521];
                            } else {
                              vErrors.push(err521);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err522 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/connectionPool", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/connectionPool/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err522];
                        } else {
                          vErrors.push(err522);
                        }
                        errors++;
                      }
                    }
                    if (data248.loadBalancer !== void 0) {
                      let data268 = data248.loadBalancer;
                      const _errs724 = errors;
                      let valid132 = false;
                      let passing9 = null;
                      const _errs725 = errors;
                      const _errs726 = errors;
                      const _errs727 = errors;
                      const _errs728 = errors;
                      let valid134 = false;
                      const _errs729 = errors;
                      if (data268 && typeof data268 == "object" && !Array.isArray(data268)) {
                        let missing24;
                        if (data268.simple === void 0 && (missing24 = "simple")) {
                          const err523 = {};
                          if (vErrors === null) {
                            vErrors = [err523];
                          } else {
                            vErrors.push(err523);
                          }
                          errors++;
                        }
                      }
                      var _valid19 = _errs729 === errors;
                      valid134 = valid134 || _valid19;
                      if (!valid134) {
                        const _errs730 = errors;
                        if (data268 && typeof data268 == "object" && !Array.isArray(data268)) {
                          let missing25;
                          if (data268.consistentHash === void 0 && (missing25 = "consistentHash")) {
                            const err524 = {};
                            if (vErrors === null) {
                              vErrors = [err524];
                            } else {
                              vErrors.push(err524);
                            }
                            errors++;
                          }
                        }
                        var _valid19 = _errs730 === errors;
                        valid134 = valid134 || _valid19;
                      }
                      if (!valid134) {
                        const err525 = {};
                        if (vErrors === null) {
                          vErrors = [err525];
                        } else {
                          vErrors.push(err525);
                        }
                        errors++;
                      } else {
                        errors = _errs728;
                        if (vErrors !== null) {
                          if (_errs728) {
                            vErrors.length = _errs728;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid133 = _errs727 === errors;
                      if (valid133) {
                        const err526 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                        if (vErrors === null) {
                          vErrors = [err526];
                        } else {
                          vErrors.push(err526);
                        }
                        errors++;
                      } else {
                        errors = _errs726;
                        if (vErrors !== null) {
                          if (_errs726) {
                            vErrors.length = _errs726;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var _valid18 = _errs725 === errors;
                      if (_valid18) {
                        valid132 = true;
                        passing9 = 0;
                      }
                      const _errs731 = errors;
                      if (data268 && typeof data268 == "object" && !Array.isArray(data268)) {
                        if (data268.simple === void 0) {
                          const err527 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/oneOf/1/required", keyword: "required", params: { missingProperty: "simple" }, message: "must have required property 'simple'" };
                          if (vErrors === null) {
                            vErrors = [err527];
                          } else {
                            vErrors.push(err527);
                          }
                          errors++;
                        }
                      }
                      var _valid18 = _errs731 === errors;
                      if (_valid18 && valid132) {
                        valid132 = false;
                        passing9 = [passing9, 1];
                      } else {
                        if (_valid18) {
                          valid132 = true;
                          passing9 = 1;
                        }
                        const _errs732 = errors;
                        if (data268 && typeof data268 == "object" && !Array.isArray(data268)) {
                          if (data268.consistentHash === void 0) {
                            const err528 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/oneOf/2/required", keyword: "required", params: { missingProperty: "consistentHash" }, message: "must have required property 'consistentHash'" };
                            if (vErrors === null) {
                              vErrors = [err528];
                            } else {
                              vErrors.push(err528);
                            }
                            errors++;
                          }
                        }
                        var _valid18 = _errs732 === errors;
                        if (_valid18 && valid132) {
                          valid132 = false;
                          passing9 = [passing9, 2];
                        } else {
                          if (_valid18) {
                            valid132 = true;
                            passing9 = 2;
                          }
                        }
                      }
                      if (!valid132) {
                        const err529 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/oneOf", keyword: "oneOf", params: { passingSchemas: passing9 }, message: "must match exactly one schema in oneOf" };
                        if (vErrors === null) {
                          vErrors = [err529];
                        } else {
                          vErrors.push(err529);
                        }
                        errors++;
                      } else {
                        errors = _errs724;
                        if (vErrors !== null) {
                          if (_errs724) {
                            vErrors.length = _errs724;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      if (data268 && typeof data268 == "object" && !Array.isArray(data268)) {
                        for (const key66 in data268) {
                          if (!(key66 === "consistentHash" || key66 === "localityLbSetting" || key66 === "simple" || key66 === "warmup" || key66 === "warmupDurationSecs")) {
                            const err530 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key66 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err530];
                            } else {
                              vErrors.push(err530);
                            }
                            errors++;
                          }
                        }
                        if (data268.consistentHash !== void 0) {
                          let data269 = data268.consistentHash;
                          const _errs737 = errors;
                          let valid137 = false;
                          let passing10 = null;
                          const _errs738 = errors;
                          const _errs739 = errors;
                          const _errs740 = errors;
                          const _errs741 = errors;
                          let valid139 = false;
                          const _errs742 = errors;
                          if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                            let missing26;
                            if (data269.httpHeaderName === void 0 && (missing26 = "httpHeaderName")) {
                              const err531 = {};
                              if (vErrors === null) {
                                vErrors = [err531];
                              } else {
                                vErrors.push(err531);
                              }
                              errors++;
                            }
                          }
                          var _valid21 = _errs742 === errors;
                          valid139 = valid139 || _valid21;
                          if (!valid139) {
                            const _errs743 = errors;
                            if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                              let missing27;
                              if (data269.httpCookie === void 0 && (missing27 = "httpCookie")) {
                                const err532 = {};
                                if (vErrors === null) {
                                  vErrors = [err532];
                                } else {
                                  vErrors.push(err532);
                                }
                                errors++;
                              }
                            }
                            var _valid21 = _errs743 === errors;
                            valid139 = valid139 || _valid21;
                            if (!valid139) {
                              const _errs744 = errors;
                              if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                                let missing28;
                                if (data269.useSourceIp === void 0 && (missing28 = "useSourceIp")) {
                                  const err533 = {};
                                  if (vErrors === null) {
                                    vErrors = [err533];
                                  } else {
                                    vErrors.push(err533);
                                  }
                                  errors++;
                                }
                              }
                              var _valid21 = _errs744 === errors;
                              valid139 = valid139 || _valid21;
                              if (!valid139) {
                                const _errs745 = errors;
                                if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                                  let missing29;
                                  if (data269.httpQueryParameterName === void 0 && (missing29 = "httpQueryParameterName")) {
                                    const err534 = {};
                                    if (vErrors === null) {
                                      vErrors = [err534];
                                    } else {
                                      vErrors.push(err534);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid21 = _errs745 === errors;
                                valid139 = valid139 || _valid21;
                              }
                            }
                          }
                          if (!valid139) {
                            const err535 = {};
                            if (vErrors === null) {
                              vErrors = [err535];
                            } else {
                              vErrors.push(err535);
                            }
                            errors++;
                          } else {
                            errors = _errs741;
                            if (vErrors !== null) {
                              if (_errs741) {
                                vErrors.length = _errs741;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid138 = _errs740 === errors;
                          if (valid138) {
                            const err536 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err536];
                            } else {
                              vErrors.push(err536);
                            }
                            errors++;
                          } else {
                            errors = _errs739;
                            if (vErrors !== null) {
                              if (_errs739) {
                                vErrors.length = _errs739;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid20 = _errs738 === errors;
                          if (_valid20) {
                            valid137 = true;
                            passing10 = 0;
                          }
                          const _errs746 = errors;
                          if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                            if (data269.httpHeaderName === void 0) {
                              const err537 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/1/required", keyword: "required", params: { missingProperty: "httpHeaderName" }, message: "must have required property 'httpHeaderName'" };
                              if (vErrors === null) {
                                vErrors = [err537];
                              } else {
                                vErrors.push(err537);
                              }
                              errors++;
                            }
                          }
                          var _valid20 = _errs746 === errors;
                          if (_valid20 && valid137) {
                            valid137 = false;
                            passing10 = [passing10, 1];
                          } else {
                            if (_valid20) {
                              valid137 = true;
                              passing10 = 1;
                            }
                            const _errs747 = errors;
                            if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                              if (data269.httpCookie === void 0) {
                                const err538 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/2/required", keyword: "required", params: { missingProperty: "httpCookie" }, message: "must have required property 'httpCookie'" };
                                if (vErrors === null) {
                                  vErrors = [err538];
                                } else {
                                  vErrors.push(err538);
                                }
                                errors++;
                              }
                            }
                            var _valid20 = _errs747 === errors;
                            if (_valid20 && valid137) {
                              valid137 = false;
                              passing10 = [passing10, 2];
                            } else {
                              if (_valid20) {
                                valid137 = true;
                                passing10 = 2;
                              }
                              const _errs748 = errors;
                              if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                                if (data269.useSourceIp === void 0) {
                                  const err539 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/3/required", keyword: "required", params: { missingProperty: "useSourceIp" }, message: "must have required property 'useSourceIp'" };
                                  if (vErrors === null) {
                                    vErrors = [err539];
                                  } else {
                                    vErrors.push(err539);
                                  }
                                  errors++;
                                }
                              }
                              var _valid20 = _errs748 === errors;
                              if (_valid20 && valid137) {
                                valid137 = false;
                                passing10 = [passing10, 3];
                              } else {
                                if (_valid20) {
                                  valid137 = true;
                                  passing10 = 3;
                                }
                                const _errs749 = errors;
                                if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                                  if (data269.httpQueryParameterName === void 0) {
                                    const err540 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf/4/required", keyword: "required", params: { missingProperty: "httpQueryParameterName" }, message: "must have required property 'httpQueryParameterName'" };
                                    if (vErrors === null) {
                                      vErrors = [err540];
                                    } else {
                                      vErrors.push(err540);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid20 = _errs749 === errors;
                                if (_valid20 && valid137) {
                                  valid137 = false;
                                  passing10 = [passing10, 4];
                                } else {
                                  if (_valid20) {
                                    valid137 = true;
                                    passing10 = 4;
                                  }
                                }
                              }
                            }
                          }
                          if (!valid137) {
                            const err541 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/0/oneOf", keyword: "oneOf", params: { passingSchemas: passing10 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err541];
                            } else {
                              vErrors.push(err541);
                            }
                            errors++;
                          } else {
                            errors = _errs737;
                            if (vErrors !== null) {
                              if (_errs737) {
                                vErrors.length = _errs737;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          const _errs751 = errors;
                          let valid140 = false;
                          let passing11 = null;
                          const _errs752 = errors;
                          const _errs753 = errors;
                          const _errs754 = errors;
                          const _errs755 = errors;
                          let valid142 = false;
                          const _errs756 = errors;
                          if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                            let missing30;
                            if (data269.ringHash === void 0 && (missing30 = "ringHash")) {
                              const err542 = {};
                              if (vErrors === null) {
                                vErrors = [err542];
                              } else {
                                vErrors.push(err542);
                              }
                              errors++;
                            }
                          }
                          var _valid23 = _errs756 === errors;
                          valid142 = valid142 || _valid23;
                          if (!valid142) {
                            const _errs757 = errors;
                            if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                              let missing31;
                              if (data269.maglev === void 0 && (missing31 = "maglev")) {
                                const err543 = {};
                                if (vErrors === null) {
                                  vErrors = [err543];
                                } else {
                                  vErrors.push(err543);
                                }
                                errors++;
                              }
                            }
                            var _valid23 = _errs757 === errors;
                            valid142 = valid142 || _valid23;
                          }
                          if (!valid142) {
                            const err544 = {};
                            if (vErrors === null) {
                              vErrors = [err544];
                            } else {
                              vErrors.push(err544);
                            }
                            errors++;
                          } else {
                            errors = _errs755;
                            if (vErrors !== null) {
                              if (_errs755) {
                                vErrors.length = _errs755;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid141 = _errs754 === errors;
                          if (valid141) {
                            const err545 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/0/not", keyword: "not", params: {}, message: "must NOT be valid" };
                            if (vErrors === null) {
                              vErrors = [err545];
                            } else {
                              vErrors.push(err545);
                            }
                            errors++;
                          } else {
                            errors = _errs753;
                            if (vErrors !== null) {
                              if (_errs753) {
                                vErrors.length = _errs753;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var _valid22 = _errs752 === errors;
                          if (_valid22) {
                            valid140 = true;
                            passing11 = 0;
                          }
                          const _errs758 = errors;
                          if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                            if (data269.ringHash === void 0) {
                              const err546 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/1/required", keyword: "required", params: { missingProperty: "ringHash" }, message: "must have required property 'ringHash'" };
                              if (vErrors === null) {
                                vErrors = [err546];
                              } else {
                                vErrors.push(err546);
                              }
                              errors++;
                            }
                          }
                          var _valid22 = _errs758 === errors;
                          if (_valid22 && valid140) {
                            valid140 = false;
                            passing11 = [passing11, 1];
                          } else {
                            if (_valid22) {
                              valid140 = true;
                              passing11 = 1;
                            }
                            const _errs759 = errors;
                            if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                              if (data269.maglev === void 0) {
                                const err547 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf/2/required", keyword: "required", params: { missingProperty: "maglev" }, message: "must have required property 'maglev'" };
                                if (vErrors === null) {
                                  vErrors = [err547];
                                } else {
                                  vErrors.push(err547);
                                }
                                errors++;
                              }
                            }
                            var _valid22 = _errs759 === errors;
                            if (_valid22 && valid140) {
                              valid140 = false;
                              passing11 = [passing11, 2];
                            } else {
                              if (_valid22) {
                                valid140 = true;
                                passing11 = 2;
                              }
                            }
                          }
                          if (!valid140) {
                            const err548 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/allOf/1/oneOf", keyword: "oneOf", params: { passingSchemas: passing11 }, message: "must match exactly one schema in oneOf" };
                            if (vErrors === null) {
                              vErrors = [err548];
                            } else {
                              vErrors.push(err548);
                            }
                            errors++;
                          } else {
                            errors = _errs751;
                            if (vErrors !== null) {
                              if (_errs751) {
                                vErrors.length = _errs751;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          if (data269 && typeof data269 == "object" && !Array.isArray(data269)) {
                            for (const key67 in data269) {
                              if (!(key67 === "httpCookie" || key67 === "httpHeaderName" || key67 === "httpQueryParameterName" || key67 === "maglev" || key67 === "minimumRingSize" || key67 === "ringHash" || key67 === "useSourceIp")) {
                                const err549 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key67 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err549];
                                } else {
                                  vErrors.push(err549);
                                }
                                errors++;
                              }
                            }
                            if (data269.httpCookie !== void 0) {
                              let data270 = data269.httpCookie;
                              if (data270 && typeof data270 == "object" && !Array.isArray(data270)) {
                                if (data270.name === void 0) {
                                  const err550 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                                  if (vErrors === null) {
                                    vErrors = [err550];
                                  } else {
                                    vErrors.push(err550);
                                  }
                                  errors++;
                                }
                                for (const key68 in data270) {
                                  if (!(key68 === "attributes" || key68 === "name" || key68 === "path" || key68 === "ttl")) {
                                    const err551 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key68 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err551];
                                    } else {
                                      vErrors.push(err551);
                                    }
                                    errors++;
                                  }
                                }
                                if (data270.attributes !== void 0) {
                                  let data271 = data270.attributes;
                                  if (Array.isArray(data271)) {
                                    const len18 = data271.length;
                                    for (let i18 = 0; i18 < len18; i18++) {
                                      let data272 = data271[i18];
                                      if (data272 && typeof data272 == "object" && !Array.isArray(data272)) {
                                        if (data272.name === void 0) {
                                          const err552 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i18, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                                          if (vErrors === null) {
                                            vErrors = [err552];
                                          } else {
                                            vErrors.push(err552);
                                          }
                                          errors++;
                                        }
                                        for (const key69 in data272) {
                                          if (!(key69 === "name" || key69 === "value")) {
                                            const err553 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i18, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key69 }, message: "must NOT have additional properties" };
                                            if (vErrors === null) {
                                              vErrors = [err553];
                                            } else {
                                              vErrors.push(err553);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data272.name !== void 0) {
                                          if (typeof data272.name !== "string") {
                                            const err554 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i18 + "/name", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err554];
                                            } else {
                                              vErrors.push(err554);
                                            }
                                            errors++;
                                          }
                                        }
                                        if (data272.value !== void 0) {
                                          if (typeof data272.value !== "string") {
                                            const err555 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i18 + "/value", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                            if (vErrors === null) {
                                              vErrors = [err555];
                                            } else {
                                              vErrors.push(err555);
                                            }
                                            errors++;
                                          }
                                        }
                                      } else {
                                        const err556 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/attributes/" + i18, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err556];
                                        } else {
                                          vErrors.push(err556);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err557 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/attributes", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/attributes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                    if (vErrors === null) {
                                      vErrors = [err557];
                                    } else {
                                      vErrors.push(err557);
                                    }
                                    errors++;
                                  }
                                }
                                if (data270.name !== void 0) {
                                  if (typeof data270.name !== "string") {
                                    const err558 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/name", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err558];
                                    } else {
                                      vErrors.push(err558);
                                    }
                                    errors++;
                                  }
                                }
                                if (data270.path !== void 0) {
                                  if (typeof data270.path !== "string") {
                                    const err559 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/path", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err559];
                                    } else {
                                      vErrors.push(err559);
                                    }
                                    errors++;
                                  }
                                }
                                if (data270.ttl !== void 0) {
                                  if (typeof data270.ttl !== "string") {
                                    const err560 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie/ttl", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/properties/ttl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err560];
                                    } else {
                                      vErrors.push(err560);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err561 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpCookie", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpCookie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err561];
                                } else {
                                  vErrors.push(err561);
                                }
                                errors++;
                              }
                            }
                            if (data269.httpHeaderName !== void 0) {
                              if (typeof data269.httpHeaderName !== "string") {
                                const err562 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpHeaderName", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpHeaderName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err562];
                                } else {
                                  vErrors.push(err562);
                                }
                                errors++;
                              }
                            }
                            if (data269.httpQueryParameterName !== void 0) {
                              if (typeof data269.httpQueryParameterName !== "string") {
                                const err563 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/httpQueryParameterName", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/httpQueryParameterName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err563];
                                } else {
                                  vErrors.push(err563);
                                }
                                errors++;
                              }
                            }
                            if (data269.maglev !== void 0) {
                              let data280 = data269.maglev;
                              if (data280 && typeof data280 == "object" && !Array.isArray(data280)) {
                                for (const key70 in data280) {
                                  if (!(key70 === "tableSize")) {
                                    const err564 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/maglev", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/maglev/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key70 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err564];
                                    } else {
                                      vErrors.push(err564);
                                    }
                                    errors++;
                                  }
                                }
                                if (data280.tableSize !== void 0) {
                                  let data281 = data280.tableSize;
                                  if (!(typeof data281 == "number" && (!(data281 % 1) && !isNaN(data281)) && isFinite(data281))) {
                                    const err565 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/maglev/tableSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/maglev/properties/tableSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err565];
                                    } else {
                                      vErrors.push(err565);
                                    }
                                    errors++;
                                  }
                                  if (typeof data281 == "number" && isFinite(data281)) {
                                    if (data281 < 0 || isNaN(data281)) {
                                      const err566 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/maglev/tableSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/maglev/properties/tableSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err566];
                                      } else {
                                        vErrors.push(err566);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err567 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/maglev", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/maglev/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err567];
                                } else {
                                  vErrors.push(err567);
                                }
                                errors++;
                              }
                            }
                            if (data269.minimumRingSize !== void 0) {
                              let data282 = data269.minimumRingSize;
                              if (!(typeof data282 == "number" && (!(data282 % 1) && !isNaN(data282)) && isFinite(data282))) {
                                const err568 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/minimumRingSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/minimumRingSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                  vErrors = [err568];
                                } else {
                                  vErrors.push(err568);
                                }
                                errors++;
                              }
                              if (typeof data282 == "number" && isFinite(data282)) {
                                if (data282 < 0 || isNaN(data282)) {
                                  const err569 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/minimumRingSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/minimumRingSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err569];
                                  } else {
                                    vErrors.push(err569);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data269.ringHash !== void 0) {
                              let data283 = data269.ringHash;
                              if (data283 && typeof data283 == "object" && !Array.isArray(data283)) {
                                for (const key71 in data283) {
                                  if (!(key71 === "minimumRingSize")) {
                                    const err570 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/ringHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/ringHash/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key71 }, message: "must NOT have additional properties" };
                                    if (vErrors === null) {
                                      vErrors = [err570];
                                    } else {
                                      vErrors.push(err570);
                                    }
                                    errors++;
                                  }
                                }
                                if (data283.minimumRingSize !== void 0) {
                                  let data284 = data283.minimumRingSize;
                                  if (!(typeof data284 == "number" && (!(data284 % 1) && !isNaN(data284)) && isFinite(data284))) {
                                    const err571 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/ringHash/minimumRingSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/ringHash/properties/minimumRingSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                    if (vErrors === null) {
                                      vErrors = [err571];
                                    } else {
                                      vErrors.push(err571);
                                    }
                                    errors++;
                                  }
                                  if (typeof data284 == "number" && isFinite(data284)) {
                                    if (data284 < 0 || isNaN(data284)) {
                                      const err572 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/ringHash/minimumRingSize", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/ringHash/properties/minimumRingSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                      if (vErrors === null) {
                                        vErrors = [err572];
                                      } else {
                                        vErrors.push(err572);
                                      }
                                      errors++;
                                    }
                                  }
                                }
                              } else {
                                const err573 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/ringHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/ringHash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                  vErrors = [err573];
                                } else {
                                  vErrors.push(err573);
                                }
                                errors++;
                              }
                            }
                            if (data269.useSourceIp !== void 0) {
                              if (typeof data269.useSourceIp !== "boolean") {
                                const err574 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash/useSourceIp", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/properties/useSourceIp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err574];
                                } else {
                                  vErrors.push(err574);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err575 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/consistentHash", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/consistentHash/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err575];
                            } else {
                              vErrors.push(err575);
                            }
                            errors++;
                          }
                        }
                        if (data268.localityLbSetting !== void 0) {
                          let data286 = data268.localityLbSetting;
                          if (data286 && typeof data286 == "object" && !Array.isArray(data286)) {
                            for (const key72 in data286) {
                              if (!(key72 === "distribute" || key72 === "enabled" || key72 === "failover" || key72 === "failoverPriority")) {
                                const err576 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key72 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err576];
                                } else {
                                  vErrors.push(err576);
                                }
                                errors++;
                              }
                            }
                            if (data286.distribute !== void 0) {
                              let data287 = data286.distribute;
                              if (Array.isArray(data287)) {
                                const len19 = data287.length;
                                for (let i19 = 0; i19 < len19; i19++) {
                                  let data288 = data287[i19];
                                  if (data288 && typeof data288 == "object" && !Array.isArray(data288)) {
                                    for (const key73 in data288) {
                                      if (!(key73 === "from" || key73 === "to")) {
                                        const err577 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/distribute/" + i19, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key73 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err577];
                                        } else {
                                          vErrors.push(err577);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data288.from !== void 0) {
                                      if (typeof data288.from !== "string") {
                                        const err578 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/distribute/" + i19 + "/from", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err578];
                                        } else {
                                          vErrors.push(err578);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data288.to !== void 0) {
                                      let data290 = data288.to;
                                      if (data290 && typeof data290 == "object" && !Array.isArray(data290)) {
                                        for (const key74 in data290) {
                                          let data291 = data290[key74];
                                          if (!(typeof data291 == "number" && (!(data291 % 1) && !isNaN(data291)) && isFinite(data291))) {
                                            const err579 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/distribute/" + i19 + "/to/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                            if (vErrors === null) {
                                              vErrors = [err579];
                                            } else {
                                              vErrors.push(err579);
                                            }
                                            errors++;
                                          }
                                          if (typeof data291 == "number" && isFinite(data291)) {
                                            if (data291 > 4294967295 || isNaN(data291)) {
                                              const err580 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/distribute/" + i19 + "/to/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                                              if (vErrors === null) {
                                                vErrors = [err580];
                                              } else {
                                                vErrors.push(err580);
                                              }
                                              errors++;
                                            }
                                            if (data291 < 0 || isNaN(data291)) {
                                              const err581 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/distribute/" + i19 + "/to/" + key74.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                              if (vErrors === null) {
                                                vErrors = [err581];
                                              } else {
                                                vErrors.push(err581);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                      } else {
                                        const err582 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/distribute/" + i19 + "/to", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                          vErrors = [err582];
                                        } else {
                                          vErrors.push(err582);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err583 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/distribute/" + i19, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err583];
                                    } else {
                                      vErrors.push(err583);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err584 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/distribute", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/distribute/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err584];
                                } else {
                                  vErrors.push(err584);
                                }
                                errors++;
                              }
                            }
                            if (data286.enabled !== void 0) {
                              let data292 = data286.enabled;
                              if (typeof data292 !== "boolean" && data292 !== null) {
                                const err585 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/enabled", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                  vErrors = [err585];
                                } else {
                                  vErrors.push(err585);
                                }
                                errors++;
                              }
                            }
                            if (data286.failover !== void 0) {
                              let data293 = data286.failover;
                              if (Array.isArray(data293)) {
                                const len20 = data293.length;
                                for (let i20 = 0; i20 < len20; i20++) {
                                  let data294 = data293[i20];
                                  if (data294 && typeof data294 == "object" && !Array.isArray(data294)) {
                                    for (const key75 in data294) {
                                      if (!(key75 === "from" || key75 === "to")) {
                                        const err586 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/failover/" + i20, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key75 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                          vErrors = [err586];
                                        } else {
                                          vErrors.push(err586);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data294.from !== void 0) {
                                      if (typeof data294.from !== "string") {
                                        const err587 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/failover/" + i20 + "/from", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err587];
                                        } else {
                                          vErrors.push(err587);
                                        }
                                        errors++;
                                      }
                                    }
                                    if (data294.to !== void 0) {
                                      if (typeof data294.to !== "string") {
                                        const err588 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/failover/" + i20 + "/to", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                          vErrors = [err588];
                                        } else {
                                          vErrors.push(err588);
                                        }
                                        errors++;
                                      }
                                    }
                                  } else {
                                    const err589 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/failover/" + i20, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                    if (vErrors === null) {
                                      vErrors = [err589];
                                    } else {
                                      vErrors.push(err589);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err590 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/failover", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failover/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err590];
                                } else {
                                  vErrors.push(err590);
                                }
                                errors++;
                              }
                            }
                            if (data286.failoverPriority !== void 0) {
                              let data297 = data286.failoverPriority;
                              if (Array.isArray(data297)) {
                                const len21 = data297.length;
                                for (let i21 = 0; i21 < len21; i21++) {
                                  if (typeof data297[i21] !== "string") {
                                    const err591 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/failoverPriority/" + i21, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failoverPriority/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err591];
                                    } else {
                                      vErrors.push(err591);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err592 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting/failoverPriority", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/properties/failoverPriority/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                  vErrors = [err592];
                                } else {
                                  vErrors.push(err592);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err593 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/localityLbSetting", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/localityLbSetting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err593];
                            } else {
                              vErrors.push(err593);
                            }
                            errors++;
                          }
                        }
                        if (data268.simple !== void 0) {
                          let data299 = data268.simple;
                          if (typeof data299 !== "string") {
                            const err594 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/simple", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/simple/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err594];
                            } else {
                              vErrors.push(err594);
                            }
                            errors++;
                          }
                          if (!(data299 === "UNSPECIFIED" || data299 === "LEAST_CONN" || data299 === "RANDOM" || data299 === "PASSTHROUGH" || data299 === "ROUND_ROBIN" || data299 === "LEAST_REQUEST")) {
                            const err595 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/simple", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/simple/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.trafficPolicy.properties.portLevelSettings.items.properties.loadBalancer.properties.simple.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err595];
                            } else {
                              vErrors.push(err595);
                            }
                            errors++;
                          }
                        }
                        if (data268.warmup !== void 0) {
                          let data300 = data268.warmup;
                          if (data300 && typeof data300 == "object" && !Array.isArray(data300)) {
                            if (data300.duration === void 0) {
                              const err596 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/required", keyword: "required", params: { missingProperty: "duration" }, message: "must have required property 'duration'" };
                              if (vErrors === null) {
                                vErrors = [err596];
                              } else {
                                vErrors.push(err596);
                              }
                              errors++;
                            }
                            for (const key76 in data300) {
                              if (!(key76 === "aggression" || key76 === "duration" || key76 === "minimumPercent")) {
                                const err597 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key76 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                  vErrors = [err597];
                                } else {
                                  vErrors.push(err597);
                                }
                                errors++;
                              }
                            }
                            if (data300.aggression !== void 0) {
                              let data301 = data300.aggression;
                              if (!(typeof data301 == "number" && isFinite(data301)) && data301 !== null) {
                                const err598 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/aggression/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err598];
                                } else {
                                  vErrors.push(err598);
                                }
                                errors++;
                              }
                              if (typeof data301 == "number" && isFinite(data301)) {
                                if (data301 < 0 || isNaN(data301)) {
                                  const err599 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/aggression/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err599];
                                  } else {
                                    vErrors.push(err599);
                                  }
                                  errors++;
                                }
                                if (!formats22.validate(data301)) {
                                  const err600 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup/aggression", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/aggression/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                  if (vErrors === null) {
                                    vErrors = [err600];
                                  } else {
                                    vErrors.push(err600);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data300.duration !== void 0) {
                              if (typeof data300.duration !== "string") {
                                const err601 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup/duration", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err601];
                                } else {
                                  vErrors.push(err601);
                                }
                                errors++;
                              }
                            }
                            if (data300.minimumPercent !== void 0) {
                              let data303 = data300.minimumPercent;
                              if (!(typeof data303 == "number" && isFinite(data303)) && data303 !== null) {
                                const err602 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/minimumPercent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                  vErrors = [err602];
                                } else {
                                  vErrors.push(err602);
                                }
                                errors++;
                              }
                              if (typeof data303 == "number" && isFinite(data303)) {
                                if (data303 > 100 || isNaN(data303)) {
                                  const err603 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/minimumPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                                  if (vErrors === null) {
                                    vErrors = [err603];
                                  } else {
                                    vErrors.push(err603);
                                  }
                                  errors++;
                                }
                                if (data303 < 0 || isNaN(data303)) {
                                  const err604 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/minimumPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err604];
                                  } else {
                                    vErrors.push(err604);
                                  }
                                  errors++;
                                }
                                if (!formats22.validate(data303)) {
                                  const err605 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup/minimumPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/properties/minimumPercent/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                                  if (vErrors === null) {
                                    vErrors = [err605];
                                  } else {
                                    vErrors.push(err605);
                                  }
                                  errors++;
                                }
                              }
                            }
                          } else {
                            const err606 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmup", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmup/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                              vErrors = [err606];
                            } else {
                              vErrors.push(err606);
                            }
                            errors++;
                          }
                        }
                        if (data268.warmupDurationSecs !== void 0) {
                          if (typeof data268.warmupDurationSecs !== "string") {
                            const err607 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer/warmupDurationSecs", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/properties/warmupDurationSecs/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err607];
                            } else {
                              vErrors.push(err607);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err608 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/loadBalancer", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/loadBalancer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err608];
                        } else {
                          vErrors.push(err608);
                        }
                        errors++;
                      }
                    }
                    if (data248.outlierDetection !== void 0) {
                      let data305 = data248.outlierDetection;
                      if (data305 && typeof data305 == "object" && !Array.isArray(data305)) {
                        for (const key77 in data305) {
                          if (!func2.call(schema12.properties.spec.properties.trafficPolicy.properties.portLevelSettings.items.properties.outlierDetection.properties, key77)) {
                            const err609 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key77 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err609];
                            } else {
                              vErrors.push(err609);
                            }
                            errors++;
                          }
                        }
                        if (data305.baseEjectionTime !== void 0) {
                          if (typeof data305.baseEjectionTime !== "string") {
                            const err610 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/baseEjectionTime", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/baseEjectionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err610];
                            } else {
                              vErrors.push(err610);
                            }
                            errors++;
                          }
                        }
                        if (data305.consecutive5xxErrors !== void 0) {
                          let data307 = data305.consecutive5xxErrors;
                          if (!(typeof data307 == "number" && (!(data307 % 1) && !isNaN(data307)) && isFinite(data307)) && data307 !== null) {
                            const err611 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutive5xxErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err611];
                            } else {
                              vErrors.push(err611);
                            }
                            errors++;
                          }
                          if (typeof data307 == "number" && isFinite(data307)) {
                            if (data307 > 4294967295 || isNaN(data307)) {
                              const err612 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutive5xxErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err612];
                              } else {
                                vErrors.push(err612);
                              }
                              errors++;
                            }
                            if (data307 < 0 || isNaN(data307)) {
                              const err613 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutive5xxErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutive5xxErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err613];
                              } else {
                                vErrors.push(err613);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data305.consecutiveErrors !== void 0) {
                          let data308 = data305.consecutiveErrors;
                          if (!(typeof data308 == "number" && (!(data308 % 1) && !isNaN(data308)) && isFinite(data308))) {
                            const err614 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutiveErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err614];
                            } else {
                              vErrors.push(err614);
                            }
                            errors++;
                          }
                          if (typeof data308 == "number" && isFinite(data308)) {
                            if (!formats10.validate(data308)) {
                              const err615 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutiveErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveErrors/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err615];
                              } else {
                                vErrors.push(err615);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data305.consecutiveGatewayErrors !== void 0) {
                          let data309 = data305.consecutiveGatewayErrors;
                          if (!(typeof data309 == "number" && (!(data309 % 1) && !isNaN(data309)) && isFinite(data309)) && data309 !== null) {
                            const err616 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveGatewayErrors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err616];
                            } else {
                              vErrors.push(err616);
                            }
                            errors++;
                          }
                          if (typeof data309 == "number" && isFinite(data309)) {
                            if (data309 > 4294967295 || isNaN(data309)) {
                              const err617 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveGatewayErrors/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err617];
                              } else {
                                vErrors.push(err617);
                              }
                              errors++;
                            }
                            if (data309 < 0 || isNaN(data309)) {
                              const err618 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutiveGatewayErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveGatewayErrors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err618];
                              } else {
                                vErrors.push(err618);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data305.consecutiveLocalOriginFailures !== void 0) {
                          let data310 = data305.consecutiveLocalOriginFailures;
                          if (!(typeof data310 == "number" && (!(data310 % 1) && !isNaN(data310)) && isFinite(data310)) && data310 !== null) {
                            const err619 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveLocalOriginFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err619];
                            } else {
                              vErrors.push(err619);
                            }
                            errors++;
                          }
                          if (typeof data310 == "number" && isFinite(data310)) {
                            if (data310 > 4294967295 || isNaN(data310)) {
                              const err620 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveLocalOriginFailures/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err620];
                              } else {
                                vErrors.push(err620);
                              }
                              errors++;
                            }
                            if (data310 < 0 || isNaN(data310)) {
                              const err621 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/consecutiveLocalOriginFailures", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/consecutiveLocalOriginFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err621];
                              } else {
                                vErrors.push(err621);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data305.interval !== void 0) {
                          if (typeof data305.interval !== "string") {
                            const err622 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/interval", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err622];
                            } else {
                              vErrors.push(err622);
                            }
                            errors++;
                          }
                        }
                        if (data305.maxEjectionPercent !== void 0) {
                          let data312 = data305.maxEjectionPercent;
                          if (!(typeof data312 == "number" && (!(data312 % 1) && !isNaN(data312)) && isFinite(data312))) {
                            const err623 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/maxEjectionPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err623];
                            } else {
                              vErrors.push(err623);
                            }
                            errors++;
                          }
                          if (typeof data312 == "number" && isFinite(data312)) {
                            if (!formats10.validate(data312)) {
                              const err624 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/maxEjectionPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/maxEjectionPercent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err624];
                              } else {
                                vErrors.push(err624);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data305.minHealthPercent !== void 0) {
                          let data313 = data305.minHealthPercent;
                          if (!(typeof data313 == "number" && (!(data313 % 1) && !isNaN(data313)) && isFinite(data313))) {
                            const err625 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/minHealthPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/minHealthPercent/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err625];
                            } else {
                              vErrors.push(err625);
                            }
                            errors++;
                          }
                          if (typeof data313 == "number" && isFinite(data313)) {
                            if (!formats10.validate(data313)) {
                              const err626 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/minHealthPercent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/minHealthPercent/format", keyword: "format", params: { format: "int32" }, message: 'must match format "int32"' };
                              if (vErrors === null) {
                                vErrors = [err626];
                              } else {
                                vErrors.push(err626);
                              }
                              errors++;
                            }
                          }
                        }
                        if (data305.splitExternalLocalOriginErrors !== void 0) {
                          if (typeof data305.splitExternalLocalOriginErrors !== "boolean") {
                            const err627 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection/splitExternalLocalOriginErrors", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/properties/splitExternalLocalOriginErrors/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err627];
                            } else {
                              vErrors.push(err627);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err628 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/outlierDetection", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/outlierDetection/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err628];
                        } else {
                          vErrors.push(err628);
                        }
                        errors++;
                      }
                    }
                    if (data248.port !== void 0) {
                      let data315 = data248.port;
                      if (data315 && typeof data315 == "object" && !Array.isArray(data315)) {
                        for (const key78 in data315) {
                          if (!(key78 === "number")) {
                            const err629 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/port", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key78 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err629];
                            } else {
                              vErrors.push(err629);
                            }
                            errors++;
                          }
                        }
                        if (data315.number !== void 0) {
                          let data316 = data315.number;
                          if (!(typeof data316 == "number" && (!(data316 % 1) && !isNaN(data316)) && isFinite(data316))) {
                            const err630 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/port/number", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err630];
                            } else {
                              vErrors.push(err630);
                            }
                            errors++;
                          }
                          if (typeof data316 == "number" && isFinite(data316)) {
                            if (data316 > 4294967295 || isNaN(data316)) {
                              const err631 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/port/number", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/properties/number/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                              if (vErrors === null) {
                                vErrors = [err631];
                              } else {
                                vErrors.push(err631);
                              }
                              errors++;
                            }
                            if (data316 < 0 || isNaN(data316)) {
                              const err632 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/port/number", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                              if (vErrors === null) {
                                vErrors = [err632];
                              } else {
                                vErrors.push(err632);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err633 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/port", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/port/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err633];
                        } else {
                          vErrors.push(err633);
                        }
                        errors++;
                      }
                    }
                    if (data248.tls !== void 0) {
                      let data317 = data248.tls;
                      if (data317 && typeof data317 == "object" && !Array.isArray(data317)) {
                        for (const key79 in data317) {
                          if (!func2.call(schema12.properties.spec.properties.trafficPolicy.properties.portLevelSettings.items.properties.tls.properties, key79)) {
                            const err634 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key79 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err634];
                            } else {
                              vErrors.push(err634);
                            }
                            errors++;
                          }
                        }
                        if (data317.caCertificates !== void 0) {
                          if (typeof data317.caCertificates !== "string") {
                            const err635 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/caCertificates", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/caCertificates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err635];
                            } else {
                              vErrors.push(err635);
                            }
                            errors++;
                          }
                        }
                        if (data317.caCrl !== void 0) {
                          if (typeof data317.caCrl !== "string") {
                            const err636 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/caCrl", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/caCrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err636];
                            } else {
                              vErrors.push(err636);
                            }
                            errors++;
                          }
                        }
                        if (data317.clientCertificate !== void 0) {
                          if (typeof data317.clientCertificate !== "string") {
                            const err637 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/clientCertificate", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/clientCertificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err637];
                            } else {
                              vErrors.push(err637);
                            }
                            errors++;
                          }
                        }
                        if (data317.credentialName !== void 0) {
                          if (typeof data317.credentialName !== "string") {
                            const err638 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/credentialName", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/credentialName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err638];
                            } else {
                              vErrors.push(err638);
                            }
                            errors++;
                          }
                        }
                        if (data317.insecureSkipVerify !== void 0) {
                          let data322 = data317.insecureSkipVerify;
                          if (typeof data322 !== "boolean" && data322 !== null) {
                            const err639 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/insecureSkipVerify", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/insecureSkipVerify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                            if (vErrors === null) {
                              vErrors = [err639];
                            } else {
                              vErrors.push(err639);
                            }
                            errors++;
                          }
                        }
                        if (data317.mode !== void 0) {
                          let data323 = data317.mode;
                          if (typeof data323 !== "string") {
                            const err640 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/mode", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err640];
                            } else {
                              vErrors.push(err640);
                            }
                            errors++;
                          }
                          if (!(data323 === "DISABLE" || data323 === "SIMPLE" || data323 === "MUTUAL" || data323 === "ISTIO_MUTUAL")) {
                            const err641 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/mode", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.trafficPolicy.properties.portLevelSettings.items.properties.tls.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                            if (vErrors === null) {
                              vErrors = [err641];
                            } else {
                              vErrors.push(err641);
                            }
                            errors++;
                          }
                        }
                        if (data317.privateKey !== void 0) {
                          if (typeof data317.privateKey !== "string") {
                            const err642 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/privateKey", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/privateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err642];
                            } else {
                              vErrors.push(err642);
                            }
                            errors++;
                          }
                        }
                        if (data317.sni !== void 0) {
                          if (typeof data317.sni !== "string") {
                            const err643 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/sni", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/sni/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err643];
                            } else {
                              vErrors.push(err643);
                            }
                            errors++;
                          }
                        }
                        if (data317.subjectAltNames !== void 0) {
                          let data326 = data317.subjectAltNames;
                          if (Array.isArray(data326)) {
                            const len22 = data326.length;
                            for (let i22 = 0; i22 < len22; i22++) {
                              if (typeof data326[i22] !== "string") {
                                const err644 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/subjectAltNames/" + i22, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/subjectAltNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err644];
                                } else {
                                  vErrors.push(err644);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err645 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls/subjectAltNames", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/properties/subjectAltNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err645];
                            } else {
                              vErrors.push(err645);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err646 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17 + "/tls", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err646];
                        } else {
                          vErrors.push(err646);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err647 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings/" + i17, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err647];
                    } else {
                      vErrors.push(err647);
                    }
                    errors++;
                  }
                }
              } else {
                const err648 = { instancePath: instancePath + "/spec/trafficPolicy/portLevelSettings", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/portLevelSettings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err648];
                } else {
                  vErrors.push(err648);
                }
                errors++;
              }
            }
            if (data180.proxyProtocol !== void 0) {
              let data328 = data180.proxyProtocol;
              if (data328 && typeof data328 == "object" && !Array.isArray(data328)) {
                for (const key80 in data328) {
                  if (!(key80 === "version")) {
                    const err649 = { instancePath: instancePath + "/spec/trafficPolicy/proxyProtocol", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/proxyProtocol/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key80 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err649];
                    } else {
                      vErrors.push(err649);
                    }
                    errors++;
                  }
                }
                if (data328.version !== void 0) {
                  let data329 = data328.version;
                  if (typeof data329 !== "string") {
                    const err650 = { instancePath: instancePath + "/spec/trafficPolicy/proxyProtocol/version", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/proxyProtocol/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err650];
                    } else {
                      vErrors.push(err650);
                    }
                    errors++;
                  }
                  if (!(data329 === "V1" || data329 === "V2")) {
                    const err651 = { instancePath: instancePath + "/spec/trafficPolicy/proxyProtocol/version", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/proxyProtocol/properties/version/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.trafficPolicy.properties.proxyProtocol.properties.version.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err651];
                    } else {
                      vErrors.push(err651);
                    }
                    errors++;
                  }
                }
              } else {
                const err652 = { instancePath: instancePath + "/spec/trafficPolicy/proxyProtocol", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/proxyProtocol/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err652];
                } else {
                  vErrors.push(err652);
                }
                errors++;
              }
            }
            if (data180.retryBudget !== void 0) {
              let data330 = data180.retryBudget;
              if (data330 && typeof data330 == "object" && !Array.isArray(data330)) {
                for (const key81 in data330) {
                  if (!(key81 === "minRetryConcurrency" || key81 === "percent")) {
                    const err653 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key81 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err653];
                    } else {
                      vErrors.push(err653);
                    }
                    errors++;
                  }
                }
                if (data330.minRetryConcurrency !== void 0) {
                  let data331 = data330.minRetryConcurrency;
                  if (!(typeof data331 == "number" && (!(data331 % 1) && !isNaN(data331)) && isFinite(data331))) {
                    const err654 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget/minRetryConcurrency", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/properties/minRetryConcurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err654];
                    } else {
                      vErrors.push(err654);
                    }
                    errors++;
                  }
                  if (typeof data331 == "number" && isFinite(data331)) {
                    if (data331 > 4294967295 || isNaN(data331)) {
                      const err655 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget/minRetryConcurrency", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/properties/minRetryConcurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err655];
                      } else {
                        vErrors.push(err655);
                      }
                      errors++;
                    }
                    if (data331 < 0 || isNaN(data331)) {
                      const err656 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget/minRetryConcurrency", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/properties/minRetryConcurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err656];
                      } else {
                        vErrors.push(err656);
                      }
                      errors++;
                    }
                  }
                }
                if (data330.percent !== void 0) {
                  let data332 = data330.percent;
                  if (!(typeof data332 == "number" && isFinite(data332)) && data332 !== null) {
                    const err657 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget/percent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/properties/percent/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err657];
                    } else {
                      vErrors.push(err657);
                    }
                    errors++;
                  }
                  if (typeof data332 == "number" && isFinite(data332)) {
                    if (data332 > 100 || isNaN(data332)) {
                      const err658 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget/percent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/properties/percent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                      if (vErrors === null) {
                        vErrors = [err658];
                      } else {
                        vErrors.push(err658);
                      }
                      errors++;
                    }
                    if (data332 < 0 || isNaN(data332)) {
                      const err659 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget/percent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/properties/percent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err659];
                      } else {
                        vErrors.push(err659);
                      }
                      errors++;
                    }
                    if (!formats22.validate(data332)) {
                      const err660 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget/percent", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/properties/percent/format", keyword: "format", params: { format: "double" }, message: 'must match format "double"' };
                      if (vErrors === null) {
                        vErrors = [err660];
                      } else {
                        vErrors.push(err660);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err661 = { instancePath: instancePath + "/spec/trafficPolicy/retryBudget", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/retryBudget/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err661];
                } else {
                  vErrors.push(err661);
                }
                errors++;
              }
            }
            if (data180.tls !== void 0) {
              let data333 = data180.tls;
              if (data333 && typeof data333 == "object" && !Array.isArray(data333)) {
                for (const key82 in data333) {
                  if (!func2.call(schema12.properties.spec.properties.trafficPolicy.properties.tls.properties, key82)) {
                    const err662 = { instancePath: instancePath + "/spec/trafficPolicy/tls", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key82 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err662];
                    } else {
                      vErrors.push(err662);
                    }
                    errors++;
                  }
                }
                if (data333.caCertificates !== void 0) {
                  if (typeof data333.caCertificates !== "string") {
                    const err663 = { instancePath: instancePath + "/spec/trafficPolicy/tls/caCertificates", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/caCertificates/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err663];
                    } else {
                      vErrors.push(err663);
                    }
                    errors++;
                  }
                }
                if (data333.caCrl !== void 0) {
                  if (typeof data333.caCrl !== "string") {
                    const err664 = { instancePath: instancePath + "/spec/trafficPolicy/tls/caCrl", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/caCrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err664];
                    } else {
                      vErrors.push(err664);
                    }
                    errors++;
                  }
                }
                if (data333.clientCertificate !== void 0) {
                  if (typeof data333.clientCertificate !== "string") {
                    const err665 = { instancePath: instancePath + "/spec/trafficPolicy/tls/clientCertificate", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/clientCertificate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err665];
                    } else {
                      vErrors.push(err665);
                    }
                    errors++;
                  }
                }
                if (data333.credentialName !== void 0) {
                  if (typeof data333.credentialName !== "string") {
                    const err666 = { instancePath: instancePath + "/spec/trafficPolicy/tls/credentialName", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/credentialName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err666];
                    } else {
                      vErrors.push(err666);
                    }
                    errors++;
                  }
                }
                if (data333.insecureSkipVerify !== void 0) {
                  let data338 = data333.insecureSkipVerify;
                  if (typeof data338 !== "boolean" && data338 !== null) {
                    const err667 = { instancePath: instancePath + "/spec/trafficPolicy/tls/insecureSkipVerify", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/insecureSkipVerify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                    if (vErrors === null) {
                      vErrors = [err667];
                    } else {
                      vErrors.push(err667);
                    }
                    errors++;
                  }
                }
                if (data333.mode !== void 0) {
                  let data339 = data333.mode;
                  if (typeof data339 !== "string") {
                    const err668 = { instancePath: instancePath + "/spec/trafficPolicy/tls/mode", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err668];
                    } else {
                      vErrors.push(err668);
                    }
                    errors++;
                  }
                  if (!(data339 === "DISABLE" || data339 === "SIMPLE" || data339 === "MUTUAL" || data339 === "ISTIO_MUTUAL")) {
                    const err669 = { instancePath: instancePath + "/spec/trafficPolicy/tls/mode", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/mode/enum", keyword: "enum", params: { allowedValues: schema12.properties.spec.properties.trafficPolicy.properties.tls.properties.mode.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err669];
                    } else {
                      vErrors.push(err669);
                    }
                    errors++;
                  }
                }
                if (data333.privateKey !== void 0) {
                  if (typeof data333.privateKey !== "string") {
                    const err670 = { instancePath: instancePath + "/spec/trafficPolicy/tls/privateKey", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/privateKey/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err670];
                    } else {
                      vErrors.push(err670);
                    }
                    errors++;
                  }
                }
                if (data333.sni !== void 0) {
                  if (typeof data333.sni !== "string") {
                    const err671 = { instancePath: instancePath + "/spec/trafficPolicy/tls/sni", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/sni/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err671];
                    } else {
                      vErrors.push(err671);
                    }
                    errors++;
                  }
                }
                if (data333.subjectAltNames !== void 0) {
                  let data342 = data333.subjectAltNames;
                  if (Array.isArray(data342)) {
                    const len23 = data342.length;
                    for (let i23 = 0; i23 < len23; i23++) {
                      if (typeof data342[i23] !== "string") {
                        const err672 = { instancePath: instancePath + "/spec/trafficPolicy/tls/subjectAltNames/" + i23, schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/subjectAltNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err672];
                        } else {
                          vErrors.push(err672);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err673 = { instancePath: instancePath + "/spec/trafficPolicy/tls/subjectAltNames", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/properties/subjectAltNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err673];
                    } else {
                      vErrors.push(err673);
                    }
                    errors++;
                  }
                }
              } else {
                const err674 = { instancePath: instancePath + "/spec/trafficPolicy/tls", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err674];
                } else {
                  vErrors.push(err674);
                }
                errors++;
              }
            }
            if (data180.tunnel !== void 0) {
              let data344 = data180.tunnel;
              if (data344 && typeof data344 == "object" && !Array.isArray(data344)) {
                if (data344.targetHost === void 0) {
                  const err675 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/required", keyword: "required", params: { missingProperty: "targetHost" }, message: "must have required property 'targetHost'" };
                  if (vErrors === null) {
                    vErrors = [err675];
                  } else {
                    vErrors.push(err675);
                  }
                  errors++;
                }
                if (data344.targetPort === void 0) {
                  const err676 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/required", keyword: "required", params: { missingProperty: "targetPort" }, message: "must have required property 'targetPort'" };
                  if (vErrors === null) {
                    vErrors = [err676];
                  } else {
                    vErrors.push(err676);
                  }
                  errors++;
                }
                for (const key83 in data344) {
                  if (!(key83 === "protocol" || key83 === "targetHost" || key83 === "targetPort")) {
                    const err677 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key83 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err677];
                    } else {
                      vErrors.push(err677);
                    }
                    errors++;
                  }
                }
                if (data344.protocol !== void 0) {
                  if (typeof data344.protocol !== "string") {
                    const err678 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel/protocol", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err678];
                    } else {
                      vErrors.push(err678);
                    }
                    errors++;
                  }
                }
                if (data344.targetHost !== void 0) {
                  if (typeof data344.targetHost !== "string") {
                    const err679 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel/targetHost", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/properties/targetHost/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err679];
                    } else {
                      vErrors.push(err679);
                    }
                    errors++;
                  }
                }
                if (data344.targetPort !== void 0) {
                  let data347 = data344.targetPort;
                  if (!(typeof data347 == "number" && (!(data347 % 1) && !isNaN(data347)) && isFinite(data347))) {
                    const err680 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel/targetPort", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/properties/targetPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err680];
                    } else {
                      vErrors.push(err680);
                    }
                    errors++;
                  }
                  if (typeof data347 == "number" && isFinite(data347)) {
                    if (data347 > 4294967295 || isNaN(data347)) {
                      const err681 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel/targetPort", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/properties/targetPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" };
                      if (vErrors === null) {
                        vErrors = [err681];
                      } else {
                        vErrors.push(err681);
                      }
                      errors++;
                    }
                    if (data347 < 0 || isNaN(data347)) {
                      const err682 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel/targetPort", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/properties/targetPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                      if (vErrors === null) {
                        vErrors = [err682];
                      } else {
                        vErrors.push(err682);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err683 = { instancePath: instancePath + "/spec/trafficPolicy/tunnel", schemaPath: "#/properties/spec/properties/trafficPolicy/properties/tunnel/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err683];
                } else {
                  vErrors.push(err683);
                }
                errors++;
              }
            }
          } else {
            const err684 = { instancePath: instancePath + "/spec/trafficPolicy", schemaPath: "#/properties/spec/properties/trafficPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err684];
            } else {
              vErrors.push(err684);
            }
            errors++;
          }
        }
        if (data3.workloadSelector !== void 0) {
          let data348 = data3.workloadSelector;
          if (data348 && typeof data348 == "object" && !Array.isArray(data348)) {
            for (const key84 in data348) {
              if (!(key84 === "matchLabels")) {
                const err685 = { instancePath: instancePath + "/spec/workloadSelector", schemaPath: "#/properties/spec/properties/workloadSelector/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key84 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err685];
                } else {
                  vErrors.push(err685);
                }
                errors++;
              }
            }
            if (data348.matchLabels !== void 0) {
              let data349 = data348.matchLabels;
              if (data349 && typeof data349 == "object" && !Array.isArray(data349)) {
                if (Object.keys(data349).length > 4096) {
                  const err686 = { instancePath: instancePath + "/spec/workloadSelector/matchLabels", schemaPath: "#/properties/spec/properties/workloadSelector/properties/matchLabels/maxProperties", keyword: "maxProperties", params: { limit: 4096 }, message: "must NOT have more than 4096 properties" };
                  if (vErrors === null) {
                    vErrors = [err686];
                  } else {
                    vErrors.push(err686);
                  }
                  errors++;
                }
                for (const key85 in data349) {
                  let data350 = data349[key85];
                  if (typeof data350 === "string") {
                    if (func11(data350) > 63) {
                      const err687 = { instancePath: instancePath + "/spec/workloadSelector/matchLabels/" + key85.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workloadSelector/properties/matchLabels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err687];
                      } else {
                        vErrors.push(err687);
                      }
                      errors++;
                    }
                  } else {
                    const err688 = { instancePath: instancePath + "/spec/workloadSelector/matchLabels/" + key85.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workloadSelector/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err688];
                    } else {
                      vErrors.push(err688);
                    }
                    errors++;
                  }
                }
              } else {
                const err689 = { instancePath: instancePath + "/spec/workloadSelector/matchLabels", schemaPath: "#/properties/spec/properties/workloadSelector/properties/matchLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err689];
                } else {
                  vErrors.push(err689);
                }
                errors++;
              }
            }
          } else {
            const err690 = { instancePath: instancePath + "/spec/workloadSelector", schemaPath: "#/properties/spec/properties/workloadSelector/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err690];
            } else {
              vErrors.push(err690);
            }
            errors++;
          }
        }
      } else {
        const err691 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err691];
        } else {
          vErrors.push(err691);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data351 = data.status;
      if (data351 && typeof data351 == "object" && !Array.isArray(data351)) {
        if (data351.conditions !== void 0) {
          let data352 = data351.conditions;
          if (Array.isArray(data352)) {
            const len24 = data352.length;
            for (let i24 = 0; i24 < len24; i24++) {
              let data353 = data352[i24];
              if (data353 && typeof data353 == "object" && !Array.isArray(data353)) {
                for (const key86 in data353) {
                  if (!(key86 === "lastProbeTime" || key86 === "lastTransitionTime" || key86 === "message" || key86 === "observedGeneration" || key86 === "reason" || key86 === "status" || key86 === "type")) {
                    const err692 = { instancePath: instancePath + "/status/conditions/" + i24, schemaPath: "#/properties/status/properties/conditions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key86 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err692];
                    } else {
                      vErrors.push(err692);
                    }
                    errors++;
                  }
                }
                if (data353.lastProbeTime !== void 0) {
                  let data354 = data353.lastProbeTime;
                  if (typeof data354 === "string") {
                    if (!formats0(data354)) {
                      const err693 = { instancePath: instancePath + "/status/conditions/" + i24 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err693];
                      } else {
                        vErrors.push(err693);
                      }
                      errors++;
                    }
                  } else {
                    const err694 = { instancePath: instancePath + "/status/conditions/" + i24 + "/lastProbeTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastProbeTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err694];
                    } else {
                      vErrors.push(err694);
                    }
                    errors++;
                  }
                }
                if (data353.lastTransitionTime !== void 0) {
                  let data355 = data353.lastTransitionTime;
                  if (typeof data355 === "string") {
                    if (!formats0(data355)) {
                      const err695 = { instancePath: instancePath + "/status/conditions/" + i24 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      if (vErrors === null) {
                        vErrors = [err695];
                      } else {
                        vErrors.push(err695);
                      }
                      errors++;
                    }
                  } else {
                    const err696 = { instancePath: instancePath + "/status/conditions/" + i24 + "/lastTransitionTime", schemaPath: "#/properties/status/properties/conditions/items/properties/lastTransitionTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err696];
                    } else {
                      vErrors.push(err696);
                    }
                    errors++;
                  }
                }
                if (data353.message !== void 0) {
                  if (typeof data353.message !== "string") {
                    const err697 = { instancePath: instancePath + "/status/conditions/" + i24 + "/message", schemaPath: "#/properties/status/properties/conditions/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err697];
                    } else {
                      vErrors.push(err697);
                    }
                    errors++;
                  }
                }
                if (data353.observedGeneration !== void 0) {
                  let data357 = data353.observedGeneration;
                  const _errs964 = errors;
                  let valid178 = false;
                  const _errs965 = errors;
                  if (!(typeof data357 == "number" && (!(data357 % 1) && !isNaN(data357)) && isFinite(data357))) {
                    const err698 = { instancePath: instancePath + "/status/conditions/" + i24 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err698];
                    } else {
                      vErrors.push(err698);
                    }
                    errors++;
                  }
                  var _valid24 = _errs965 === errors;
                  valid178 = valid178 || _valid24;
                  if (!valid178) {
                    const _errs967 = errors;
                    if (typeof data357 !== "string") {
                      const err699 = { instancePath: instancePath + "/status/conditions/" + i24 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      if (vErrors === null) {
                        vErrors = [err699];
                      } else {
                        vErrors.push(err699);
                      }
                      errors++;
                    }
                    var _valid24 = _errs967 === errors;
                    valid178 = valid178 || _valid24;
                  }
                  if (!valid178) {
                    const err700 = { instancePath: instancePath + "/status/conditions/" + i24 + "/observedGeneration", schemaPath: "#/properties/status/properties/conditions/items/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                      vErrors = [err700];
                    } else {
                      vErrors.push(err700);
                    }
                    errors++;
                  } else {
                    errors = _errs964;
                    if (vErrors !== null) {
                      if (_errs964) {
                        vErrors.length = _errs964;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data353.reason !== void 0) {
                  if (typeof data353.reason !== "string") {
                    const err701 = { instancePath: instancePath + "/status/conditions/" + i24 + "/reason", schemaPath: "#/properties/status/properties/conditions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err701];
                    } else {
                      vErrors.push(err701);
                    }
                    errors++;
                  }
                }
                if (data353.status !== void 0) {
                  if (typeof data353.status !== "string") {
                    const err702 = { instancePath: instancePath + "/status/conditions/" + i24 + "/status", schemaPath: "#/properties/status/properties/conditions/items/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err702];
                    } else {
                      vErrors.push(err702);
                    }
                    errors++;
                  }
                }
                if (data353.type !== void 0) {
                  if (typeof data353.type !== "string") {
                    const err703 = { instancePath: instancePath + "/status/conditions/" + i24 + "/type", schemaPath: "#/properties/status/properties/conditions/items/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err703];
                    } else {
                      vErrors.push(err703);
                    }
                    errors++;
                  }
                }
              } else {
                const err704 = { instancePath: instancePath + "/status/conditions/" + i24, schemaPath: "#/properties/status/properties/conditions/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err704];
                } else {
                  vErrors.push(err704);
                }
                errors++;
              }
            }
          } else {
            const err705 = { instancePath: instancePath + "/status/conditions", schemaPath: "#/properties/status/properties/conditions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err705];
            } else {
              vErrors.push(err705);
            }
            errors++;
          }
        }
        if (data351.observedGeneration !== void 0) {
          let data361 = data351.observedGeneration;
          const _errs976 = errors;
          let valid179 = false;
          const _errs977 = errors;
          if (!(typeof data361 == "number" && (!(data361 % 1) && !isNaN(data361)) && isFinite(data361))) {
            const err706 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err706];
            } else {
              vErrors.push(err706);
            }
            errors++;
          }
          var _valid25 = _errs977 === errors;
          valid179 = valid179 || _valid25;
          if (!valid179) {
            const _errs979 = errors;
            if (typeof data361 !== "string") {
              const err707 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err707];
              } else {
                vErrors.push(err707);
              }
              errors++;
            }
            var _valid25 = _errs979 === errors;
            valid179 = valid179 || _valid25;
          }
          if (!valid179) {
            const err708 = { instancePath: instancePath + "/status/observedGeneration", schemaPath: "#/properties/status/properties/observedGeneration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err708];
            } else {
              vErrors.push(err708);
            }
            errors++;
          } else {
            errors = _errs976;
            if (vErrors !== null) {
              if (_errs976) {
                vErrors.length = _errs976;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data351.validationMessages !== void 0) {
          let data362 = data351.validationMessages;
          if (Array.isArray(data362)) {
            const len25 = data362.length;
            for (let i25 = 0; i25 < len25; i25++) {
              let data363 = data362[i25];
              if (data363 && typeof data363 == "object" && !Array.isArray(data363)) {
                for (const key87 in data363) {
                  if (!(key87 === "documentationUrl" || key87 === "level" || key87 === "type")) {
                    const err709 = { instancePath: instancePath + "/status/validationMessages/" + i25, schemaPath: "#/properties/status/properties/validationMessages/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key87 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err709];
                    } else {
                      vErrors.push(err709);
                    }
                    errors++;
                  }
                }
                if (data363.documentationUrl !== void 0) {
                  if (typeof data363.documentationUrl !== "string") {
                    const err710 = { instancePath: instancePath + "/status/validationMessages/" + i25 + "/documentationUrl", schemaPath: "#/properties/status/properties/validationMessages/items/properties/documentationUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err710];
                    } else {
                      vErrors.push(err710);
                    }
                    errors++;
                  }
                }
                if (data363.level !== void 0) {
                  let data365 = data363.level;
                  if (typeof data365 !== "string") {
                    const err711 = { instancePath: instancePath + "/status/validationMessages/" + i25 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err711];
                    } else {
                      vErrors.push(err711);
                    }
                    errors++;
                  }
                  if (!(data365 === "UNKNOWN" || data365 === "ERROR" || data365 === "WARNING" || data365 === "INFO")) {
                    const err712 = { instancePath: instancePath + "/status/validationMessages/" + i25 + "/level", schemaPath: "#/properties/status/properties/validationMessages/items/properties/level/enum", keyword: "enum", params: { allowedValues: schema12.properties.status.properties.validationMessages.items.properties.level.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err712];
                    } else {
                      vErrors.push(err712);
                    }
                    errors++;
                  }
                }
                if (data363.type !== void 0) {
                  let data366 = data363.type;
                  if (data366 && typeof data366 == "object" && !Array.isArray(data366)) {
                    for (const key88 in data366) {
                      if (!(key88 === "code" || key88 === "name")) {
                        const err713 = { instancePath: instancePath + "/status/validationMessages/" + i25 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key88 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err713];
                        } else {
                          vErrors.push(err713);
                        }
                        errors++;
                      }
                    }
                    if (data366.code !== void 0) {
                      if (typeof data366.code !== "string") {
                        const err714 = { instancePath: instancePath + "/status/validationMessages/" + i25 + "/type/code", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err714];
                        } else {
                          vErrors.push(err714);
                        }
                        errors++;
                      }
                    }
                    if (data366.name !== void 0) {
                      if (typeof data366.name !== "string") {
                        const err715 = { instancePath: instancePath + "/status/validationMessages/" + i25 + "/type/name", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err715];
                        } else {
                          vErrors.push(err715);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err716 = { instancePath: instancePath + "/status/validationMessages/" + i25 + "/type", schemaPath: "#/properties/status/properties/validationMessages/items/properties/type/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err716];
                    } else {
                      vErrors.push(err716);
                    }
                    errors++;
                  }
                }
              } else {
                const err717 = { instancePath: instancePath + "/status/validationMessages/" + i25, schemaPath: "#/properties/status/properties/validationMessages/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err717];
                } else {
                  vErrors.push(err717);
                }
                errors++;
              }
            }
          } else {
            const err718 = { instancePath: instancePath + "/status/validationMessages", schemaPath: "#/properties/status/properties/validationMessages/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err718];
            } else {
              vErrors.push(err718);
            }
            errors++;
          }
        }
      } else {
        const err719 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err719];
        } else {
          vErrors.push(err719);
        }
        errors++;
      }
    }
  } else {
    const err720 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err720];
    } else {
      vErrors.push(err720);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
export {
  validate
};
