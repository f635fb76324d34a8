"""Media on S3-compatible object storage, stored with safe response headers.

Object storage answers with the headers saved on each object, so they are
set here, at upload, to the same rules as the site's own media serving
(cccea_site.serving.media):

- the Content-Type comes from the file's extension, never from the browser
  that uploaded it (django-storages would otherwise store whatever type the
  upload form declared: a "photo.png" sent as text/html would be served as a
  web page);
- everything but a raster image is stored with `Content-Disposition:
  attachment`, so a browser downloads it rather than display it.

nosniff and the sandboxing CSP cannot be stored on an S3 object: the CDN or
proxy in front adds them (README.md, "Serving uploaded files").
"""

import mimetypes
import posixpath

from django.utils.http import content_disposition_header
from storages.backends.s3 import S3Storage

from cccea_site.serving.media import raster_image_type


class MediaS3Storage(S3Storage):
    def get_object_parameters(self, name):
        """The headers stored with the object `name`, as S3 will serve them."""
        params = super().get_object_parameters(name)
        image_type = raster_image_type(name)
        if image_type:
            params["ContentType"] = image_type
            return params
        guessed_type, _encoding = mimetypes.guess_type(name)
        # Set even when unknown: django-storages falls back to the uploader's
        # declared type only when this is missing.
        params["ContentType"] = guessed_type or "application/octet-stream"
        params["ContentDisposition"] = content_disposition_header(
            as_attachment=True, filename=posixpath.basename(name)
        )
        return params
