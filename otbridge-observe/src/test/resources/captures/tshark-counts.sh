#!/usr/bin/env bash
# Prints tshark's host and conversation counts for every capture here, the first five columns of
# tshark-counts.tsv (the test table). Needs tshark (Debian: apt-get install tshark).
# hosts = IPv4 + IPv6 endpoints; ip = IPv4 + IPv6 conversations; tcp, udp = conversations.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
count() { # FILE STAT: number of table rows tshark prints for one -z statistic
  tshark -n -q -r "$1" -z "$2" 2>/dev/null | grep -cE '^[0-9a-f.:]+ ' || true
}
printf 'file\thosts\tip\ttcp\tudp\n'
find . -name '*.pcap' -o -name '*.pcapng' | sed 's#^\./##' | sort | while read -r f; do
  hosts=$(( $(count "$f" endpoints,ip) + $(count "$f" endpoints,ipv6) ))
  ip=$(( $(count "$f" conv,ip) + $(count "$f" conv,ipv6) ))
  printf '%s\t%s\t%s\t%s\t%s\n' "$f" "$hosts" "$ip" "$(count "$f" conv,tcp)" "$(count "$f" conv,udp)"
done
