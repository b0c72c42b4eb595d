// A `base64` for a test VM's /usr/local/bin whose third call lists /etc/istio-proxy into
// /tmp/ivo-at-drop, then kills its own sshd session (not the listening sshd, which runs with -D)
// and its shell: the SSH connection drops in the middle of an upload, as a network fault would.
// Counted in /tmp/ivo-b64-calls; a test removes both files and the script afterwards.
export const DROPPING_BASE64 = `#!/bin/sh
n=$(cat /tmp/ivo-b64-calls 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > /tmp/ivo-b64-calls
if [ "$n" -eq 3 ]; then
  ls -A /etc/istio-proxy > /tmp/ivo-at-drop
  shell=$PPID; p=$PPID
  while [ "$p" -gt 1 ]; do
    case "$(cat /proc/$p/comm)" in sshd*) case " $(tr '\\0' ' ' < /proc/$p/cmdline)" in *" -D "*) ;; *) kill -9 "$p" ;; esac ;; esac
    p=$(awk '/^PPid:/ { print $2 }' /proc/$p/status)
  done
  kill -9 "$shell"
  exit 1
fi
exec /usr/bin/base64 "$@"
`;
