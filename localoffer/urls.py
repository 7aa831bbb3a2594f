from django.apps import apps
from django.conf import settings
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from localoffer.views import healthz, robots_txt
from search.views import site_search_view

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("search/", site_search_view, name="site_search"),
    path("", include("feedback.urls")),
    path("you-said-we-did/", include("you_said_we_did.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Monitoring is optional: the directory, which it counts, works without it.
if apps.is_installed("monitoring"):
    urlpatterns.append(path("", include("monitoring.urls")))

urlpatterns += [
    path("", include("directory.urls")),
    path("", include(wagtail_urls)),
]
