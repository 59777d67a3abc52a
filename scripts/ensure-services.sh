#!/usr/bin/env bash
# Starts the local PostgreSQL and NATS (JetStream) if they are installed but not running.
# The commands are those of this machine kind (Debian packages); nothing is downloaded.
set -euo pipefail

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
nats_up() { (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; }

if ! pg_up; then
  if ls /etc/postgresql >/dev/null 2>&1; then
    echo "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  else
    echo "PostgreSQL is not running on 127.0.0.1:5432 and is not installed here" >&2
    exit 1
  fi
fi
if ! nats_up; then
  if command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ]; then
    echo "starting nats-server with JetStream"
    mkdir -p /var/lib/nats-server
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- \
      -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log
  else
    echo "NATS is not running on 127.0.0.1:4222 and nats-server is not installed here" >&2
    exit 1
  fi
fi
for i in $(seq 1 60); do
  if pg_up && nats_up; then echo "PostgreSQL and NATS are up"; exit 0; fi
  sleep 0.5
done
pg_up || echo "PostgreSQL did not come up" >&2
nats_up || echo "NATS did not come up" >&2
exit 1
