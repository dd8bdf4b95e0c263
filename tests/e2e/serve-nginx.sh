#!/usr/bin/env bash
# Serves the built site with the shipped nginx configuration, for the e2e tests:
#   port $1: dist/ at the root (deploy/nginx.conf)
#   port $2: dist-subpath/ under /balise/ (deploy/nginx-subpath.conf)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || { echo "nginx is missing: install it (Debian: apt-get install nginx); npm test does when it can" >&2; exit 1; }
[ -f "$root/dist/index.html" ] || { echo "dist/ is missing: run npm run build" >&2; exit 1; }
[ -f "$root/dist-subpath/index.html" ] || { echo "dist-subpath/ is missing: run npm run build:subpath" >&2; exit 1; }
prefix=$(mktemp -d /tmp/balise-nginx.XXXXXX)
mkdir -p "$prefix/tmp" "$prefix/school-site"
echo '<!doctype html><title>School</title><p>The school site' > "$prefix/school-site/index.html"
cp "$root/deploy/balise-headers.conf" "$root/deploy/balise-headers-class.conf" "$root/deploy/balise-compression.conf" "$prefix/"
sed "s#/var/www/balise#$root/dist#" "$root/deploy/nginx.conf" > "$prefix/site.conf"
sed "s#/var/www/balise/#$root/dist-subpath/#" "$root/deploy/nginx-subpath.conf" > "$prefix/subpath.conf"
mime=/etc/nginx/mime.types
cat > "$prefix/nginx.conf" <<CONF
daemon off;
master_process off;
pid $prefix/nginx.pid;
error_log stderr warn;
events {}
http {
  include $mime;
  access_log off;
  log_not_found off;
  client_body_temp_path $prefix/tmp/body;
  proxy_temp_path $prefix/tmp/proxy;
  fastcgi_temp_path $prefix/tmp/fastcgi;
  uwsgi_temp_path $prefix/tmp/uwsgi;
  scgi_temp_path $prefix/tmp/scgi;
  server {
    listen 127.0.0.1:$1;
    include $prefix/site.conf;
  }
  server {
    listen 127.0.0.1:$2;
    # The school's own site around Balise: its 404 page must stay its own.
    root $prefix/school-site;
    include $prefix/subpath.conf;
  }
}
CONF
exec "$nginx" -p "$prefix" -c "$prefix/nginx.conf"
