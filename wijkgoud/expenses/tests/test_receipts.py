"""Receipts: only real photos and PDFs, cleaned of metadata, refused with a clear message."""

import struct
import zlib
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image
from pillow_heif import from_pillow

from wijkgoud.expenses.receipts import MAX_PIXELS, clean_receipt

from .factories import jpeg_bytes

GPS_IFD = 0x8825


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def refused(name: str, data: bytes) -> str:
    with pytest.raises(ValidationError) as caught:
        clean_receipt(upload(name, data))
    return " ".join(caught.value.messages)


def jpeg_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0112] = 6  # orientation: turned 90°
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (52.0, 20.0, 10.0), 3: "E", 4: (5.0, 13.0, 5.0)})
    return jpeg_bytes(size=(400, 300), exif=exif.tobytes())


def png_bytes(size=(300, 200), mode="RGBA") -> bytes:
    out = BytesIO()
    Image.new(mode, size, (255, 0, 0, 128) if mode == "RGBA" else 0).save(out, "PNG")
    return out.getvalue()


def minimal_pdf(extra: bytes = b"") -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R " + extra + b">> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"xref\n0 3\n0000000000 65535 f \ntrailer << /Root 1 0 R /Size 3 >>\n"
        b"startxref\n0\n%%EOF\n"
    )


def test_a_phone_photo_loses_its_gps_and_camera_details_and_is_turned_upright():
    original = jpeg_with_gps()
    assert Image.open(BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the test file has GPS
    clean = clean_receipt(upload("IMG_2041.JPG", original))
    stored = Image.open(BytesIO(clean.content))
    assert clean.content_type == "image/jpeg"
    assert not stored.getexif()  # no EXIF at all: no GPS, no camera, no orientation
    assert not stored.getexif().get_ifd(GPS_IFD)
    assert "exif" not in stored.info and "icc_profile" not in stored.info
    assert b"PhoneMaker" not in clean.content
    assert stored.size == (300, 400)  # turned upright before the orientation was dropped
    assert Image.open(BytesIO(clean.thumbnail)).size[0] <= 320


def test_a_png_screenshot_with_transparency_becomes_a_jpeg():
    clean = clean_receipt(upload("bon.png", png_bytes()))
    assert Image.open(BytesIO(clean.content)).format == "JPEG"


def test_a_heic_photo_from_an_iphone_is_taken():
    out = BytesIO()
    from_pillow(Image.new("RGB", (64, 48), "white")).save(out, quality=50)
    clean = clean_receipt(upload("IMG_0001.HEIC", out.getvalue()))
    assert Image.open(BytesIO(clean.content)).size == (64, 48)


def test_a_plain_pdf_is_kept_as_it_is():
    clean = clean_receipt(upload("factuur.pdf", minimal_pdf()))
    assert clean.content_type == "application/pdf" and clean.thumbnail is None


def test_a_pdf_with_javascript_is_refused():
    message = refused(
        "factuur.pdf", minimal_pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ")
    )
    assert "contains scripts" in message


def test_an_svg_with_a_script_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    assert "not a photo or PDF" in refused("bon.svg", svg)
    assert "not a photo or PDF" in refused("bon.jpg", svg)


def test_a_polyglot_photo_with_html_inside_is_refused():
    polyglot = jpeg_bytes() + b"<html><script>alert(document.cookie)</script></html>"
    assert "hides something else" in refused("bon.jpg", polyglot)


def test_a_polyglot_photo_that_is_also_a_zip_is_refused():
    polyglot = jpeg_bytes() + b"PK\x03\x04" + b"\0" * 40 + b"PK\x05\x06" + b"\0" * 18
    assert "hides something else" in refused("bon.jpg", polyglot)


def test_a_jpeg_with_a_pdf_inside_is_refused():
    assert "hides something else" in refused("bon.jpg", jpeg_bytes() + minimal_pdf())


def test_a_decompression_bomb_is_refused_before_it_is_decoded():
    # A small PNG whose header claims 20,000 by 20,000 pixels (400 megapixels).
    data = bytearray(png_bytes(size=(10, 10), mode="L"))
    ihdr = struct.pack(">II", 20_000, 20_000) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    assert MAX_PIXELS < 20_000 * 20_000
    assert "too many pixels" in refused("bom.png", bytes(data))


def test_a_wrong_extension_is_refused():
    assert "does not fit" in refused("bon.pdf", jpeg_bytes())
    assert "does not fit" in refused("bon.jpg", png_bytes())
    assert "does not fit" in refused("bon.exe", jpeg_bytes())
    assert "does not fit" in refused("bon", jpeg_bytes())


def test_a_fake_image_is_refused():
    assert "not a photo or PDF" in refused("bon.jpg", b"this is not a photo at all" * 10)


def test_a_damaged_photo_is_refused():
    damaged = jpeg_bytes(size=(800, 600))[:400]
    assert "damaged" in refused("bon.jpg", damaged)


def test_a_50_megabyte_file_is_refused_by_its_size():
    with translation.override("en"):
        message = refused("groot.jpg", jpeg_bytes() + b"\0" * (50 * 1024 * 1024))
    assert "50.0\xa0MB" in message and "at most 10 MB" in message
