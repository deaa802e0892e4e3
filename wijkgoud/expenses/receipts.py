"""Checking and cleaning an uploaded receipt.

Only JPEG, PNG, HEIC and PDF, recognised by their content (filetype) and proven by really
decoding images (Pillow, pillow-heif). Images are re-encoded as JPEG without any metadata
(no GPS, no camera details) and get a thumbnail. A PDF must look like a PDF from its first
to its last byte and carry no active content. Everything else is refused.
"""

import re
import warnings
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePath

import filetype
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pillow_heif import register_heif_opener

register_heif_opener()

MAX_BYTES = 10 * 1024 * 1024
# A 48-megapixel phone photo fits; a "decompression bomb" (a tiny file that unpacks into
# gigabytes of pixels) does not. Checked from the header, before anything is decoded.
MAX_PIXELS = 60_000_000
LONGEST_SIDE = 2400
THUMBNAIL_SIDE = 320

KINDS = {
    "image/jpeg": {"jpg", "jpeg", "jpe", "jfif"},
    "image/png": {"png"},
    "image/heic": {"heic", "heif"},
    "application/pdf": {"pdf"},
}
# Signs of a second file hidden in the first (a polyglot): markup, scripts, archives.
FOREIGN = re.compile(rb"<\s*(script|html|svg|iframe|body)[\s>/]|<\?php|%PDF-", re.IGNORECASE)
ACTIVE_PDF = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA|SubmitForm)\b")


@dataclass
class CleanReceipt:
    content: bytes
    content_type: str
    extension: str
    thumbnail: bytes | None


def clean_receipt(upload: UploadedFile) -> CleanReceipt:
    """The receipt as we store it, or a ValidationError that says what is wrong."""
    name = upload.name or ""
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("“%(name)s” is %(size)s. A receipt may be at most %(max)s."),
            params={"name": name, "size": filesizeformat(upload.size), "max": "10 MB"},
            code="too_big",
        )
    upload.seek(0)
    data = upload.read()
    kind = filetype.guess(data)
    mime = kind.mime if kind else None
    if mime not in KINDS:
        raise ValidationError(
            _("“%(name)s” is not a photo or PDF we can take. Send a JPEG, PNG, HEIC or PDF."),
            params={"name": name},
            code="wrong_type",
        )
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension not in KINDS[mime]:
        raise ValidationError(
            _("The name “%(name)s” does not fit what is in the file. Send the file as it was."),
            params={"name": name},
            code="wrong_extension",
        )
    if mime == "application/pdf":
        return _clean_pdf(data, name)
    return _clean_image(data, name)


def _unreadable(name: str) -> ValidationError:
    return ValidationError(
        _("“%(name)s” is damaged or not a real photo. Take the photo again."),
        params={"name": name},
        code="unreadable",
    )


def _clean_image(data: bytes, name: str) -> CleanReceipt:
    if FOREIGN.search(data) or b"PK\x05\x06" in data[-70_000:]:
        raise ValidationError(
            _("“%(name)s” hides something else inside the photo. Send a plain photo."),
            params={"name": name},
            code="polyglot",
        )
    too_many_pixels = ValidationError(
        _("“%(name)s” has too many pixels. Send a smaller photo."),
        params={"name": name},
        code="too_many_pixels",
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(BytesIO(data))
        with image:
            width, height = image.size  # from the header: nothing decoded yet
            if width * height > MAX_PIXELS:
                raise too_many_pixels
            image.load()
            image = ImageOps.exif_transpose(image)  # turn it upright, then drop the metadata
            if image.mode not in ("RGB", "L"):
                background = Image.new("RGB", image.size, "white")
                background.paste(image.convert("RGBA"), mask=image.convert("RGBA"))
                image = background
            image.thumbnail((LONGEST_SIDE, LONGEST_SIDE))
            content = _jpeg(image, quality=85)
            image.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
            thumbnail = _jpeg(image, quality=75)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise too_many_pixels from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise _unreadable(name) from None
    return CleanReceipt(content, "image/jpeg", "jpg", thumbnail)


def _jpeg(image: Image.Image, *, quality: int) -> bytes:
    """A fresh JPEG: only pixels, no EXIF, GPS, XMP or ICC data carried over."""
    out = BytesIO()
    image.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _clean_pdf(data: bytes, name: str) -> CleanReceipt:
    tail = data[-2048:]
    if not re.match(rb"%PDF-[12]\.\d", data) or b"%%EOF" not in tail:
        raise _unreadable(name)
    if not (b"/Root" in data and (b"xref" in data or b"/XRef" in data)):
        raise _unreadable(name)
    # Compressed page content can hold any bytes; the dictionaries around it cannot.
    outside_streams = re.sub(rb"stream\r?\n.*?endstream", b"", data[5:], flags=re.DOTALL)
    if ACTIVE_PDF.search(outside_streams) or FOREIGN.search(outside_streams):
        raise ValidationError(
            _("“%(name)s” contains scripts or other files. Print it to a new PDF first."),
            params={"name": name},
            code="active_pdf",
        )
    return CleanReceipt(data, "application/pdf", "pdf", None)
