"""WSGI apps for live gunicorn tests of the HTTP layer (the product entry point is service.wsgi)."""

from service import create_app
from tests.fakes import FakeAnalyzer

fake_app = create_app(analyzer=FakeAnalyzer())
