# Sourced by the server checks: start_server BIN DB LOG starts `parallax serve` on a free loopback port
# in the background, sets $server (its pid) and $port, and fails when it has not said where it listens
# within 10 s.
start_server() {
  "$1" serve --db "$2" --port 0 2> "$3" &
  server=$!
  port=""
  for _ in $(seq 1 100); do
    port=$(sed -n 's#.*http://127.0.0.1:\([0-9]*\)/.*#\1#p' "$3")
    [ -n "$port" ] && return 0
    sleep 0.1
  done
  echo "the server did not start:"
  cat "$3"
  return 1
}
