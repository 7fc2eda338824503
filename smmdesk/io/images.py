"""Screenshots kept as proof: checked to be a real image of sensible size, measured, thumbnailed."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from smmdesk.domain.errors import ValidationError, os_error_opening
from smmdesk.domain.text import QT_TRANSLATE_NOOP

MAX_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a phone's long scrolling capture is about 1,300 × 30,000
THUMBNAIL = (240, 240)
FORMATS = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "WEBP": "image/webp",
    "GIF": "image/gif",
    "BMP": "image/bmp",
}


@dataclass(frozen=True)
class ImageInfo:
    media_type: str
    width: int
    height: int
    thumbnail: bytes  # PNG


def read_picture(path: Path) -> bytes:
    """A picture file's bytes, its size checked first: a 2 GB file is refused before one byte of
    it is read, and a file that grows while it is read is refused too."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _too_large(path.name)
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise os_error_opening(exc, path) from None
    if len(data) > MAX_BYTES:
        raise _too_large(path.name)
    return data


def _too_large(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{name} is larger than {limit} MB."), name=name, limit=MAX_BYTES >> 20
    )


def inspect_image(data: bytes, name: str) -> ImageInfo:
    """Reads the picture fully (a truncated or disguised file is refused), returns its size and a
    PNG thumbnail. Raises ValidationError with the reason."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_BYTES:
        raise _too_large(name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                kind = probe.format or ""
                width, height = probe.size
                if kind not in FORMATS:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{name} is not a picture in PNG, JPEG, WebP, GIF or BMP."
                        ),
                        name=name,
                    )
                if width * height > MAX_PIXELS:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "{name} is too large a picture: {width} × {height}."),
                        name=name,
                        width=width,
                        height=height,
                    )
                probe.load()  # decodes everything: a damaged file fails here, not later on screen
                small = probe.convert("RGBA") if probe.mode not in ("RGB", "RGBA") else probe.copy()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise _bomb(name) from None
    except ValueError as exc:
        # Pillow refuses a compressed chunk (a colour profile, iCCP; a text, zTXt or iTXt) that
        # unpacks to more than it allows: a decompression bomb inside a small file.
        if "too large" in str(exc).lower() or "too much memory" in str(exc).lower():
            raise _bomb(name) from None
        raise _unreadable(name) from None
    except (UnidentifiedImageError, OSError, SyntaxError):
        raise _unreadable(name) from None
    small.thumbnail(THUMBNAIL)
    out = io.BytesIO()
    small.save(out, "PNG", optimize=True)
    return ImageInfo(FORMATS[kind], width, height, out.getvalue())


def _unreadable(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{name} is not a picture that can be read."), name=name
    )


def _bomb(name: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} unpacks to far more than a picture holds (a decompression bomb); it was refused.",
        ),
        name=name,
    )
