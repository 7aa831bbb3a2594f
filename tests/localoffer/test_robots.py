from http import HTTPStatus


def test_robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_private_pages(client, site):
    response = client.get("/robots.txt")
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /mystery-shopping/" in lines
    assert client.get("/sitemap.xml").status_code == HTTPStatus.OK
