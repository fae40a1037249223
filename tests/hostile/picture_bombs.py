"""Small PNG files that unpack to huge pictures ("decompression bombs"), written directly
(a PNG is a signature, a header chunk, compressed rows and an end chunk): a few seconds for
a 144-megapixel picture of 560 KB, instead of a minute through Pillow."""
import struct
import zlib


def _chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bomb_bytes(width, height, rgba=True):
    """The bytes of a fully transparent (or black gray) ``width`` × ``height`` PNG."""
    colour_type, bands = (6, 4) if rgba else (0, 1)
    row = b"\x00" * (1 + width * bands)          # filter byte 0, then the pixels
    packer = zlib.compressobj(1)
    rows = 256
    block = row * rows
    body = [packer.compress(block) for _ in range(height // rows)]
    body.append(packer.compress(row * (height % rows)))
    body.append(packer.flush())
    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", b"".join(body)) + _chunk(b"IEND", b"")
