"""Spanish word lists for block rules: boilerplate phrases by kind, byline words."""

from __future__ import annotations

from newsdoc.rulesets.common import PAGE_WORDS

BLOCK_WORDS: dict[str, tuple[str, ...]] = {
    **PAGE_WORDS,
    "social_phrases": (
        "Síguenos en",
        "Ver esta publicación en Instagram",
        "Una publicación compartida de",
        "pic.twitter.com/",
    ),
    "share_phrases": (
        "Compartir en Facebook",
        "Compartir en Twitter",
        "Compartir en WhatsApp",
        "Compartir:",
        "Copiar enlace",
    ),
    "newsletter_phrases": (
        "newsletter",
        "Newsletter",
        "Suscríbete",
        "Suscríbase",
        "boletín",
        "Boletín",
    ),
    "advertising_phrases": ("Publicidad", "PUBLICIDAD", "Contenido patrocinado"),
    "legal_phrases": (
        "Política de privacidad",
        "Aviso legal",
        "Términos y condiciones",
        "Configuración de cookies",
    ),
    "cookie_phrases": ("Utilizamos cookies", "utiliza cookies", "uso de cookies", "Usamos cookies"),
    "comment_phrases": ("Comentarios", "Deja un comentario", "Comenta esta noticia"),
    "promo_phrases": ("Descarga nuestra app", "Descarga la aplicación"),
    "related_cues": (
        "Lea también",
        "LEA TAMBIÉN",
        "Lee también",
        "LEE TAMBIÉN",
        "Te puede interesar",
        "Más información",
        "MÁS INFORMACIÓN",
        "Ver también",
        "Noticias relacionadas",
        "VÍDEO",
        "Vídeo",
    ),
    "section_headings": (
        "Noticias relacionadas",
        "Te puede interesar",
        "Lo más leído",
        "Más leídas",
        "Lo último",
        "Más información",
        "Temas",
    ),
    "byline_openers": ("Por", "POR", "por"),
    "byline_joiners": ("y",),
    "byline_stops": ("Actualizado", "Publicado"),
    "staff_roles": (
        "corresponsal",
        "enviado especial",
        "enviada especial",
        "redacción",
        "Redacción",
    ),
    "agencies": ("EFE", "Europa Press", "AFP", "Reuters", "AP"),
    "copyright_phrases": ("Todos los derechos reservados",),
    "credit_phrases": ("Con información de", "Con agencias", "con agencias"),
    "caption_openers": ("Foto:", "Imagen:", "Fotografía:", "Foto de archivo"),
}
