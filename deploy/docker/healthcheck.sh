#!/usr/bin/env bash
# Container health = the service's readiness group (Kafka binder, Mongo ping, ...).
# The JRE base image ships neither curl nor wget, so this speaks HTTP over bash's /dev/tcp. Only the status line is
# read: readiness answers 200 when UP and 503 otherwise, which is sturdier than grepping the JSON body (a component
# can be "UP" while the group is not).
set -euo pipefail
port="${SERVER_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r status_line <&3
case "${status_line}" in
  "HTTP/1."[01]" 200"*) exit 0 ;;
  *) echo "readiness: ${status_line}" >&2; exit 1 ;;
esac
