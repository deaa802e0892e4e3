"""Activity photos: checked by content, made smaller and saved again without metadata
(no GPS position or camera details from the organiser's phone)."""

from io import BytesIO

from django import forms
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

register_heif_opener()  # photos from iPhones

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_SIDE = 1200
ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "HEIF", "GIF"}


def clean_photo(photo):
    """A fresh JPEG from an uploaded image; a clear message for anything else."""
    if not isinstance(photo, UploadedFile):
        return photo  # unchanged, cleared (False) or empty
    if photo.size > MAX_UPLOAD_BYTES:
        raise forms.ValidationError(
            _("This photo is too large. Choose a photo smaller than 10 MB."), code="too_large"
        )
    try:
        photo.seek(0)
        with Image.open(photo) as image:
            if image.format not in ALLOWED_FORMATS:
                raise UnidentifiedImageError
            image.load()
            image = ImageOps.exif_transpose(image).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise forms.ValidationError(
            _("This file is not a photo. Choose a JPG or PNG photo."), code="not_an_image"
        ) from None
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    out = BytesIO()
    # A new image without exif or other metadata: only the pixels are kept.
    image.save(out, format="JPEG", quality=82, optimize=True)
    return ContentFile(out.getvalue(), name="photo.jpg")
