# Sourced by the browser checks: sets $browser to Debian's Chromium, installing it — and, when
# $need_driver is set, its chromedriver — when missing (root, or sudo without a password).
browser=$(command -v chromium || command -v chromium-browser || true)
packages=""
[ -z "$browser" ] && packages=" chromium"
[ -n "${need_driver:-}" ] && [ ! -x /usr/bin/chromedriver ] && packages="$packages chromium-driver"
if [ -n "$packages" ]; then
  echo "installing Debian's$packages"
  as_root=""
  [ "$(id -u)" -ne 0 ] && as_root="sudo -n"
  $as_root apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq $packages > /dev/null
  browser=$(command -v chromium)
fi
