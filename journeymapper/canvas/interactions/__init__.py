"""Gestures on the map, one small class each (see `base.Interaction`)."""

from .base import Host, Interaction
from .cards import ConnectCards, MoveCards, card_at
from .emotion import DragEmotionPoint, add_point_at
from .headers import ReorderHeader, ResizeHeader
from .image_drop import ImageDrop, drop_image, image_drag, paste_image
from .palette import PALETTE_MIME, PaletteDrop, create_at, palette_mime, palette_part
from .rubber import RubberBand
from .text import EditText, InlineEditor

__all__ = [
    "PALETTE_MIME",
    "ConnectCards",
    "DragEmotionPoint",
    "EditText",
    "Host",
    "ImageDrop",
    "InlineEditor",
    "Interaction",
    "MoveCards",
    "PaletteDrop",
    "ReorderHeader",
    "ResizeHeader",
    "RubberBand",
    "add_point_at",
    "card_at",
    "create_at",
    "drop_image",
    "image_drag",
    "palette_mime",
    "palette_part",
    "paste_image",
]
