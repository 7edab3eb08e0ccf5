# Sourced by the browser checks: sets $browser to Debian's Chromium, installing it when missing (root,
# or sudo without a password).
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "installing Debian's chromium package"
  as_root=""
  [ "$(id -u)" -ne 0 ] && as_root="sudo -n"
  $as_root apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq chromium > /dev/null
  browser=$(command -v chromium)
fi
