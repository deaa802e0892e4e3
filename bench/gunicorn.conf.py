"""gunicorn for `make bench`: sync workers on loopback, like a small production server."""

wsgi_app = "bench.wsgi:application"
workers = 2
worker_class = "sync"
timeout = 60
accesslog = None
errorlog = "-"
loglevel = "warning"
