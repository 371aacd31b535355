"""The English word lists for block rules: boilerplate phrases by kind.

Users extend any of them with ``RuleSet.with_words(name, [...])``.
"""

from __future__ import annotations

SOCIAL_PHRASES = (
    "Twitter Ads info and privacy",
    "Informations sur les Publicités Twitter et confidentialité",
    "View this post on Instagram",
    "A post shared by",
    "pic.twitter.com/",
    "Watch on YouTube",
    "Follow us on",
    "Follow @",
    "Like us on Facebook",
)

SHARE_PHRASES = (
    "Share this article",
    "Share this story",
    "Share on Facebook",
    "Share on Twitter",
    "Sharing is caring",
    "Click To Tweet",
    "Share this:",
    "Share via",
    "Email this",
    "Copy link",
    "Click to share",
    "Click to email",
    "Click to print",
    "(Opens in new window)",
    "Share to LinkedIn",
    "Share to Facebook",
    "Share to Twitter",
    "AddThis",
    "sharing options",
)

NEWSLETTER_PHRASES = (
    "Subscribe to",
    "Sign up for our",
    "Sign up to",
    "Thanks for signing up",
    "Get our newsletter",
    "newsletter",
    "Subscribe now",
    "delivered to your inbox",
    "successfully subscribed",
    "succesfully subscribed",
    "processing your subscription",
)

ADVERTISING_PHRASES = (
    "ADVERTISEMENT",
    "Advertisement",
    "Advert",
    "Continue Reading Below",
    "Story continues below",
    "Sponsored",
)

LEGAL_PHRASES = (
    "Privacy Policy",
    "Terms of Use",
    "Terms of Service",
    "We use cookies",
    "Cookie Policy",
    "Cookie Settings",
)

COMMENT_PHRASES = (
    "Please enable JavaScript to view",
    "comments powered by Disqus",
    "Leave a comment",
    "Leave a Reply",
    "Comments",
)

PROMO_PHRASES = (
    "CLICK HERE TO GET THE",
    "Download our app",
    "If you buy something through",
    "may get a share of the sale",
    "affiliate commission",
)

RELATED_CUES = (
    "READ MORE",
    "Read more",
    "Read More",
    "READ",
    "Related",
    "RELATED",
    "SEE ALSO",
    "See also",
    "See Also",
    "ALSO READ",
    "Also read",
    "MORE",
    "SEE MORE",
    "WATCH",
    "Watch",
    "You may also like",
    "Recommended",
)

SECTION_HEADINGS = (
    "Related",
    "More ",
    "Also ",
    "Latest ",
    "Popular ",
    "Top ",
    "Featured",
    "Trending",
    "Recommended",
    "Most popular",
    "Most read",
    "Most viewed",
    "Most shared",
    "You may also like",
    "You might also like",
    "You may like",
    "Editor's picks",
    "Editors' picks",
    "Don't miss",
    "Dont miss",
    "What to read next",
    "Read more",
    "Read next",
    "See also",
    "Also read",
    "Explore further",
    "Tags",
    "Topics",
    "Filed under",
    "Categories",
)
"""Openings of the headings above related-link lists and feeds ("More from ...", "Most read").

An entry ending in a space needs a word after it: a bare "More" is a menu item. A bare
heading ("Related", "Read more") is boilerplate even inside the article's main run.
"""

BYLINE_OPENERS = ("By", "BY", "by")
"""The word that opens a byline; the author names follow it."""
BYLINE_JOINERS = ("and", "And")
"""Words that join two author names."""
BYLINE_STOPS = ("on", "Updated")
"""Words after which a byline's names end (a date follows)."""

MARKUP_STEMS = (
    # navigation and page chrome
    "nav",
    "menu",
    "breadcrumb",
    "masthead",
    "topbar",
    "toolbar",
    "footer",
    "sidebar",
    "widget",
    "skip",
    "pagination",
    "pager",
    # sharing, social, comments
    "share",
    "sharing",
    "social",
    "comment",
    "disqus",
    "respond",
    "reply",
    "replies",
    # related, promoted and recommended links
    "related",
    "recommend",
    "trending",
    "popular",
    "mostread",
    "outbrain",
    "taboola",
    "teaser",
    "promo",
    "sponsor",
    "partner",
    "newsletter",
    "subscri",
    "signup",
    "paywall",
    # advertising
    "advert",
    "adslot",
    "adunit",
    "adbox",
    "adsense",
    "adwrap",
    "dfp",
    "banner",
    # legal and overlays
    "cookie",
    "consent",
    "gdpr",
    "popup",
    "modal",
    "overlay",
    "copyright",
    "disclaimer",
    # captions and media credits
    "caption",
    "credit",
    # the same in other languages (German, French, Spanish, Portuguese, Italian, Dutch)
    "werbung",
    "anzeige",
    "kommentar",
    "teilen",
    "verwandt",
    "empfehl",
    "publicite",
    "partage",
    "commentaire",
    "similaire",
    "publicidad",
    "compartir",
    "comentario",
    "relacionad",
    "anuncio",
    "publicidade",
    "partilh",
    "relacionad",
    "comentar",
    "pubblicita",
    "condividi",
    "commento",
    "correlat",
    "reclame",
    "delen",
    "gerelateerd",
)
"""Beginnings of ``class``/``id`` words that mark page furniture (``share-bar``, ``navMenu``).

A word of an element's ``class`` or ``id`` that begins with one of these is a sign,
never a verdict: ``structure.main_run`` lowers the score of a block under such an
element, and more when its words are not those of the article around it.
"""

MARKUP_WORDS = (
    "ad",
    "ads",
    "adv",
    "tag",
    "tags",
    "meta",
    "byline",
    "author",
    "bio",
    "date",
    "time",
    "more",
    "next",
    "prev",
    "previous",
    "print",
    "email",
    "rss",
    "login",
    "search",
    "top",
    "header",
    "sponsored",
    "pub",
    "pubs",
)
"""Whole ``class``/``id`` words that mark page furniture (``ad``, ``tags``); see
:data:`MARKUP_STEMS` for beginnings."""

SHARE_BUTTONS = (
    "Facebook",
    "Twitter",
    "LinkedIn",
    "Linkedin",
    "Reddit",
    "Pinterest",
    "WhatsApp",
    "Whatsapp",
    "Flipboard",
    "Pocket",
    "Tumblr",
    "Telegram",
    "Messenger",
    "Mix",
    "Email",
    "E-mail",
    "email",
    "Print",
    "print",
    "Copy link",
    "Copy Link",
    "Tweet",
    "Pin It",
    "Pin it",
    "Share",
    "SMS",
    "Comment",
)
"""Share buttons: a line that is one of these beside another is a share bar (``kind.share_bar``)."""

SOCIAL_NETWORKS = (
    "Facebook",
    "Twitter",
    "YouTube",
    "Youtube",
    "Instagram",
    "LinkedIn",
    "Pinterest",
    "TikTok",
    "Snapchat",
    "RSS",
    "facebook",
    "twitter",
    "youtube",
    "instagram",
    "linkedin",
)
"""Social networks: a line that is one of these alone is a follow link (``kind.social_links``)."""

FOOTER_LINKS = (
    "About",
    "About us",
    "About the company",
    "Careers",
    "Jobs",
    "Work with us",
    "Contact",
    "Contact us",
    "Privacy",
    "Privacy Notice",
    "Privacy Policy",
    "Privacy Statement",
    "Terms",
    "Terms of Use",
    "Terms of Service",
    "Terms & Conditions",
    "Terms and Conditions",
    "Cookie Policy",
    "Site map",
    "Sitemap",
    "Advertise",
    "Advertise with us",
    "Accessibility",
    "Help",
    "FAQ",
    "Corrections",
    "Press",
    "Our team",
    "Masthead",
    "Newsletters",
    "Subscribe",
    "Archives",
    "Do Not Sell My Info",
    "Do Not Sell My Personal Information",
    "Impressum",
    "Datenschutz",
    "Kontakt",
    "Mentions légales",
    "Aviso legal",
    "Contacto",
    "Política de privacidad",
    "Fale conosco",
    "Contato",
    "Quem somos",
)
"""A site's own links (matched without case); after the article they and the short lines
beside them are its footer (``kind.footer``). A few German, French, Spanish and Portuguese
entries stand for pages in those languages."""

COMMENT_POLICY_PHRASES = (
    "As you comment",
    "Please keep your comments",
    "Please be respectful",
    "Comments are moderated",
    "Comments are welcome",
    "We welcome your comments",
    "Our comment policy",
    "Read our comment policy",
    "Community guidelines",
    "By commenting, you agree",
)
"""Openings of a comment section's house rules (``boilerplate.comment_policy``)."""

CONTACT_PROMPTS = (
    "Email the writer",
    "E-mail the writer",
    "Email the author",
    "Email the reporter",
    "Contact the writer",
    "Contact the author",
    "Contact the reporter",
    "Send us a tip",
    "Got a tip",
    "Have a tip",
)
"""Prompts to write to the writer or the newsroom (``boilerplate.contact_writer``)."""

BLOCK_WORDS: dict[str, tuple[str, ...]] = {
    "byline_openers": BYLINE_OPENERS,
    "byline_joiners": BYLINE_JOINERS,
    "byline_stops": BYLINE_STOPS,
    "social_phrases": SOCIAL_PHRASES,
    "share_phrases": SHARE_PHRASES,
    "newsletter_phrases": NEWSLETTER_PHRASES,
    "advertising_phrases": ADVERTISING_PHRASES,
    "legal_phrases": LEGAL_PHRASES,
    "comment_phrases": COMMENT_PHRASES,
    "promo_phrases": PROMO_PHRASES,
    "related_cues": RELATED_CUES,
    "section_headings": SECTION_HEADINGS,
    "share_buttons": SHARE_BUTTONS,
    "social_networks": SOCIAL_NETWORKS,
    "footer_links": FOOTER_LINKS,
    "comment_policy_phrases": COMMENT_POLICY_PHRASES,
    "contact_prompts": CONTACT_PROMPTS,
    "markup_stems": MARKUP_STEMS,
    "markup_words": MARKUP_WORDS,
}
