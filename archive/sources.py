"""Who published the page (the outlet) and where its copy came from (the wire or original source).

Two fields, each with the line that gave it. A reprint names the agency of the original ("BEIJING, May 24 (Xinhua)
--", "/TASS/", "Source: France 24"): that is the wire source, not the page's publisher. The outlet is read only where
the page names itself: a © line, its masthead above the title, a site address in its credit line, or its name beside
an agency's in a dateline ("MOSCOW (Example News / Sputnik - 27th March, 2019)"). When unsure: unknown, never a guess.

Rules, in the order they are tried:
  outlet: OUTLET_COPYRIGHT, OUTLET_MASTHEAD, OUTLET_TITLE_SUFFIX, OUTLET_REPEATED_SUFFIX, OUTLET_IN_SOURCE_LINE,
          OUTLET_CREDIT_SITE, OUTLET_IN_DATELINE, OUTLET_OWN_DATELINE, OUTLET_LEAD_NAME, OUTLET_BESIDE_DATE
  wire:   WIRE_IN_DATELINE, WIRE_IN_LEAD, WIRE_TITLE_BRACKETS, WIRE_READ_AT_SOURCE, WIRE_CREDIT_LINE (PLACE_DASH_AGENCY
          and AGENCY_COPYRIGHT_UNDER_TEXT among its shapes), WIRE_SOURCE_LINE
  (never from: COPYRIGHT_INSIDE_TEXT, MASTHEAD_ABOVE_TEXT, AGENCY_LIST, PHOTO_CREDIT_SLASH)
  Then OUTLETS_OWN_COPY (archive.extract): a wire that is the outlet's own name is no wire.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from . import rules
from .byline import (
    ARTICLES_IN_CAPITALS,
    BY_PREFIX,
    HEADLINE_VERBS,
    KOREAN_NAME_NOT_RANK,
    KOREAN_REPORTER_WORD,
    LOWER_CASE_AGENCIES,
    MAX_WIRES_CREDITED,
    QUOTE_ENDS,
    WIRE_LIST_SPLIT,
    WIRE_NAMES,
    WITH_WIRES_CREDIT,
    _is_name,
    agency_after_the_writer,
    is_country,
    is_desk,
    is_photo_credit_slash,
    is_place,
    parse_byline,
    unglued_tail,
    wire_and_place,
    without_date_before_the_credit,
    writers_note,
)
from .dates import FOREIGN_MONTHS, MONTH_NAMES, MONTHS, opens_with_weekday, parse_date
from .headline import (
    CRUMB_SEPARATOR,
    MEDIA_MARKS,
    NAME_GLUE_WORDS,
    PAGE_TITLE_PREFIX,
    printed_form,
    split_headline,
    station_in_dateline,
    station_shaped,
)
from .metaline import (
    CJK_DISPATCH_LEAD_RE,
    FOREIGN_SOURCE_LABELS,
    NUMERIC_DATE,
    PERSON_ROLE_WORDS,
    ROLE_QUALIFIERS,
    SOURCE_RE,
    SYNDICATION_PREFIX,
    MetaLine,
    _match_month_day,
    parse_lead,
    parse_meta_line,
    text_above,
)
from .model import BYLINE, DATELINE, HEADING, PARAGRAPH, STANDFIRST, CleanArticle, Dropped
from .registry import Registry, cjk_printed_view

# SYNDICATED_COPYRIGHT: a syndicated story's footer, its source's copyright and a pointer to the source's site ("Copyright
# 2014 Example Radio. To see more, visit http://www.example.org/."), as a broadcaster's member stations print it under
# the stories they take: the copy's source (the wire), not the page's owner.
SYNDICATED_COPYRIGHT = re.compile(
    r"^(?:copyright|©|\(c\))\s*(?:\d{4}\s*)?(?P<holder>[^\W\d_][^.]{1,40}?)\.\s+to see more,? visit\b", re.I
)
# OUTLET_COPYRIGHT: a copyright line names the page's owner: "© 2024 VCPOST, All rights reserved." -> "VCPOST",
# "© Copyright 2024, Example Times" -> "Example Times", "© Example Observer 2024" -> "Example Observer",
# "© 2016 - 2024 Example.com" -> "example.com"; "All rights reserved © Example" and "Example © 2024" too.
# (YEAR_FULL_STOP: a full stop may end the year, "Copyright © 2011. Example News - All Rights Reserved")
# Linear on any line: what comes before the holder is taken once ((?>...)), and the holder ends on a visible character,
# so a long run of spaces is not scanned again from each of its positions (issue 16).
YEARS = r"\d{4}(?:\s?[-–]\s?\d{4})?"
COPYRIGHT_HOLDER = re.compile(
    r"^(?:all rights reserved[.,]?\s)?(?>(?:(?:©|ⓒ|\(c\)|copyrights?)\s*)+(?:" + YEARS + r"\s*[,.]?\s*)?(?:by\s+)?)"
    r"(?:all rights reserved[.,]?\s*)?"  # (NOTICE_BEFORE_HOLDER: "© All Rights Reserved.Example Chamber 版权所有")
    r"(?!all rights\b)(?P<holder>(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|info|news|[a-z]{2})(?=[\s,|;]|$)|"
    # (UNAUTHORIZED_NOTICE: "Copyright © Example Unauthorized reproduction, redistribution prohibited": the notice
    # ends the holder's name as "All rights reserved" does)
    # (COMPANY_PREFIX_HOLDER: an Indonesian company's "PT." before its name, "Copyright © PT. Example Media", is the
    # name's, not its end)
    r"(?:PT|CV)\.?\s[^,.|;]*?[^\s,.|;]|"
    # (SAINT_IN_HOLDER: "© 2024 St. Louis Public Radio": the full stop of "St.", "Mt.", "Ft." is the name's, not its end)
    r"(?:[^,.|;]|(?<=\b[SMF]t)\.)*?[^\s,.|;])(?:\s" + YEARS + r")?\s*(?:[,|;]|(?<!\b[SMF]t)\.|all rights|unauthori[sz]ed\b|$)",
    re.IGNORECASE,
)
# CJK_HOLDER_RIGHTS: a Chinese footer's holder right before "all rights reserved", no sign ("中国侨网版权所有,未经授权禁止复制",
# "Example Net holds the copyright, no copying without permission")
CJK_HOLDER_RIGHTS = re.compile(r"^(?P<holder>[\u4e00-\u9fff]{2,12}?)(?:版权所有|版權所有)")
# COPYRIGHT_MID_NOTICE: inside a footer's notice, "... are Copyright 1995-2011 - Example Media Network. All websites
# ...": the word, the years, a dash or a comma, then the holder up to the full stop
COPYRIGHT_MID_NOTICE = re.compile(
    r"(?<=\s)(?:[Cc]opyright|©)\s?(?:©\s?)?\d{4}(?:\s?[-–]\s?\d{4})?\s?[-–,]\s?(?P<holder>[A-Z][\w&'’-]*+(?: [A-Z][\w&'’-]*+){0,5})\."
)
# HOLDER_THEN_SITE: a rights notice without a sign, the holder's name and its address in brackets first ("중도일보
# (www.joongdo.co.kr), 무단전재 및 재배포 금지", "Example Times (example.com). All rights reserved."): the name.
HOLDER_THEN_SITE = re.compile(
    r"^(?P<holder>[^\s()][^()]{0,40}?)\s?\((?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\)", re.I
)
# CJK_RIGHTS_WORDS: a Chinese notice's words after the holder ("©2020 四川发布 版权所有 转载须经授权": "all rights reserved,
# reprints need permission") are no part of its name.
CJK_RIGHTS_WORDS = (
    "版权所有",
    "版權所有",
    "保留所有权利",
    "保留所有權利",
    "转载须经授权",
    "轉載須經授權",
    "未经授权",
    "未經授權",
    "不得转载",
    "不得轉載",
)


def _without_cjk_rights(holder: str) -> str:
    words = holder.split()
    # (ICP_LICENCE: a Chinese site's licence number after the notice, "蜀ICP备20017152号-1", is no part of the name)
    while words and (words[-1].startswith(CJK_RIGHTS_WORDS) or ICP_LICENCE.search(words[-1])):
        words.pop()
    return " ".join(words)


ICP_LICENCE = re.compile(r"ICP[备證证]")


# COMPANY_SUFFIX: the holder's company form ("Example Network Sdn. Bhd.", read as "Example Network Sdn" up to the
# full stop; "Example Media Pvt", "Example GmbH") is no part of the name the page goes by.
COMPANY_SUFFIX = re.compile(r"(?<!\s)\s++(?:Sdn\.?(?:\s?Bhd)?|Pvt|Pte|GmbH|Ltda|S\.?A\.?S|S\.?R\.?L|Sp\. z o\.o)\.?$")
# HOLDER_BEFORE_DASH: the footer's links after the holder and a spaced dash ("© Example Gazzetta - Termini e
# Condizioni"): the holder is the name before it.
HOLDER_BEFORE_DASH = re.compile(r"\s[-–—]\s")
# KOREAN_RIGHTS_LABEL: a Korean site's notice wraps the © in brackets with its label, "copyright holder", and its
# notice, "no reproduction or redistribution" ("<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>"): taken off, the rest
# is a © line like any other; the brackets around an English notice too ("< Copyright ⓒ Example. 무단전재 및 재배포 금지 >").
# (a run of spaces is entered at its start only, (?<!\s) and possessive: linear on a line of spaces, issue 16)
KOREAN_RIGHTS_LABEL = re.compile(r"^[<\[〈]\s*+(?:저작권자\s*+)?|^저작권자\s*+|(?<!\s)[,.]?\s*+무단\s?전재.*$|[>\]〉]\s*+$")
# NAME_AND_ITS_SITE: the holder's name and its site's address joined by "&" ("ⓒ 예시일보 & Example.com, 무단전재 및 재배포
# 금지"): the name (the address alone is cut at its dot, "예시일보 & Example").
NAME_AND_ITS_SITE = re.compile(r"(?P<name>[^&,|;]{1,60}?)\s?&\s?(?:www\.)?[\w-]++(?:\.[\w-]++)*\.[a-z]{2,12}\b")
# "Example Observer © 2024" / "Example Observer © 2016-2024. All rights reserved.": the holder before the sign.
HOLDER_BEFORE_SIGN = re.compile(
    r"^(?P<holder>[^©|:]{2,60}?)\s?(?:©|ⓒ|\(c\))\s?" + YEARS + r"(?:[.,]?\s?all rights reserved)?\.?$", re.I
)
# HOLDER_YEAR_NOTICE: the holder, the year and the rights notice without a sign ("EXAMPLE MEDIA HOUSE 2024 Visas
# tiesības aizsargātas.", "Example Times 2019. All rights reserved."), a footer rules.NOTICE_ENDS_A_FOOTER drops.
HOLDER_YEAR_NOTICE = re.compile(
    r"^(?P<holder>[^\W\d_][^©|:\d]{1,60}?)\s" + YEARS + r"\.?\s(?:all rights reserved|" + rules.RIGHTS_NOTICES + r")\.?$", re.I
)
# STATION_FREQUENCY: a radio station's frequency before its call letters ("90.5 WXYZ", "101.1 KXYZ"), left out of the
# holder's name.
STATION_FREQUENCY = re.compile(r"(?<=\s)\d{2,3}\.\d\s(?=[A-Z]{3,5}\b)")
# Picture libraries: a © naming one credits a photo, not the page.
PHOTO_LIBRARIES = frozenset(
    name.strip()
    for name in """getty images|gettyimages|getty|shutterstock|istock|istockphoto|alamy|epa|epa-efe|ap photo|afp photo|reuters photo|
    dreamstime|unsplash|pexels|pixabay|wikimedia commons|depositphotos|123rf|adobe stock|corbis|imago|picturedesk.com|
    picturedesk|sipa|sipa press|zuma press|zuma wire|abaca|polaris|freepik|rawpixel|flickr|canva|"""
    # (OFFICIAL_PICTURES: a government's press office hands out its pictures, "(Kremlin file image)": no outlet's own)
    """kremlin|the kremlin|white house|the white house|pentagon|downing street|élysée|elysee|state department""".split("|")
)
# PICTURE_AGENCY_HOLDER: a © holder's last word saying it sells pictures ("© Example Image", "© Example Fotos") names a
# picture agency, the owner of a photo on the page, never the site
PICTURE_AGENCY_WORDS = frozenset("image images photo photos foto fotos photography pictures pics bild bilder".split())
# USER_PICTURES: "Source: UGC", "Source: Facebook": pictures from readers or from a social network, credited so under
# them; no copy comes from there, so no source line naming them names the wire.
NOT_A_COPY_SOURCE = PHOTO_LIBRARIES | frozenset(
    "ugc|user generated content|user-generated content|social media|facebook|twitter|instagram|tiktok".split("|")
)
# OUTLET_REPEATED_SUFFIX (in _outlet_by_rules): the lines a site's name ends are captions or headlines of this many
# words at least before the dash.
MIN_WORDS_BEFORE_SUFFIX = 4
# A holder's name is short ("VCPOST", "The Example Daily Herald").
MAX_HOLDER_WORDS = 6
# CAPTION_GLUED_TO_CREDIT: a photo's credit run into its caption ("© Пресс-служба президента ТаджикистанаПрезидент
# Таджикистана ..."): seven small letters or more glued to a capitalised word, in Latin or Cyrillic script (outlets
# written in one piece glue shorter runs: "BuzzFeed", "PolitiFact", "MarketWatch").
CAPTION_GLUED_TO_CREDIT = re.compile(r"[a-zа-яё]{7}(?=[A-ZА-ЯЁ][a-zа-яё])")

# MASTHEAD_PRINTED_AGAIN (in _outlet_by_rules): a repeated masthead line has at least this many words.
MIN_REPEATED_MASTHEAD_WORDS = 2
NAME_SIGNS = frozenset("& + -".split())  # signs standing as words inside a name
# OUTLET_MASTHEAD: the site's name printed above the headline. Read from the page's first lines above its title
# (all its first lines when it has none), and only when the line is surely a name: a registry outlet, a site address
# ("Example.com"), or a newspaper's name (NEWSPAPER_WORDS).
MASTHEAD_LINES = 6
CAMEL_CASE_BRAND = re.compile(r"[A-Z][a-z]{2,15}(?:[A-Z][a-z]{2,15}){1,3}")  # (an address, "ExampleWeb.com", is SITE's)
BRAND_SIGN_OFF = re.compile(r"[.!?”\"’]\s[—–-]\s?(?P<brand>[A-Z][a-z]{2,15}(?:[A-Z][a-z]{2,15}){1,3})\s*$")  # (BRAND_SIGNS_OFF)
CAMEL_CASE_NOT_BRAND = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Del|Della|Fitz)[A-Z]")
CAMEL_CASE_PLATFORMS = frozenset("youtube linkedin tiktok whatsapp playstation facebook instagram wordpress blogspot".split())
# A site address alone or in a credit: "Example.com", "www.example.co.uk", "(chinadaily.com.cn)". Lower-case or
# capitalised labels, a known top-level domain (in any case: "Example.Com") or a two-letter country code last.
SITE = re.compile(
    r"(?<![\w@/.-])(?:www\.)?(?P<site>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:(?i:com|net|org|info|news|media|tv|co)|[a-z]{2})(?:\.[a-z]{2})?)(?![.-]*+\w)"  # not (?![\w.-]*\w): the same test, without rescanning the rest (issue 16)
)
# A newspaper's name ends with one of these ("Los Angeles Times", "China Daily", "The Example Courier") ...
NEWSPAPER_WORDS = frozenset(
    """times post herald daily news tribune gazette journal telegraph courier chronicle observer guardian mail express
    independent record today press standard examiner globe monitor bulletin inquirer dispatch register sentinel
    reporter review star sun mirror weekly newswire advertiser argus echo advocate gleaner enquirer ledger"""
    # (MORE_PAPER_WORDS: the rarer kinds that end an English-language paper's name, "The Example Messenger", "Example
    # Beacon", "The Example Spectator"; no word that ends other names too, "Leader", "Union", "Citizen")
    """ messenger beacon clarion spectator statesman telegram transcript vindicator mercury courant crier
    intelligencer picayune"""
    # BROADCASTER_WORD: a station's kind ending its name ("Channels Television", "Example Bay FM"), as a paper's does
    # (not "TV" or "Radio": a headline ends on them, "Putin Speaks on State TV")
    """ television fm"""
    # FOREIGN_NEWSPAPER_WORDS: the same words in the languages of the archive's sources ("Voces del Periodista Diario",
    # "Example Zeitung", "Example Gazeta", "Harian Example")
    """ diario noticias periódico periodico prensa correo tribuna jornal notícias zeitung nachrichten rundschau kurier
    presse gazzetta giornale quotidiano gazeta vesti novosti izvestia pravda dagblad krant nieuws gazete gazetesi corriere
    courrier tageblatt tagblatt anzeiger bote dziennik folha газета вести известия правда новости новини вісті"""
    # (the financial papers' "Economic" closing their names, "Valor Econômico", "Diário Económico": no one's surname)
    """ econômico económico economico"""
    # (and in Japanese and Korean romanised: "Example Shimbun", "Example Shimpo", "Example Ilbo", "Example Sinmun")
    """ shimbun shinbun shimpo nippo ilbo sinmun""".split()
)
# KIND_OR_PLATFORM: a document's kind ("(PRESS RELEASE): NASA is ...") or a platform's name alone ("Google News" under
# the headline, its follow button) where a site's name may stand: no site's name.
KIND_OR_PLATFORM = frozenset(
    name.strip()
    for name in """press release|news release|media release|communiqué|comunicado|comunicado de prensa|pressemitteilung|
    communiqué de presse|press statement|google news|apple news|flipboard|facebook|twitter|instagram|youtube|telegram|
    whatsapp|tiktok|linkedin""".split("|")
)
# ... and holds at least one word that is not page furniture ("Top News", "World News", "Latest News" are sections).
GENERIC_WORDS = frozenset(
    """the a top latest breaking world local national international business sport sports politics news home homepage live
    daily weekly today online digital main more all new video videos opinion science tech health city region regional
    morning evening sunday related recent other similar trending popular featured recommended latest"""
    # SECTION_NEWS: a section's subject before "News" ("General News", "Community News" above the headline)
    """ general community metro entertainment lifestyle economy education agriculture crime weather travel culture foreign club
    releases media
    football soccer cricket rugby tennis golf basketball baseball hockey mobile phone gadgets technology
    features breaking government campus sport internal league current showbiz celebrity celebrities gossip fashion
    food motoring property music arts tourism"""
    # (NEWS_FEED: "News Feed" printed twice, the live feed's label)
    """ feed feeds"""
    # (and in other languages: "Informativos Notícias", "Últimas Noticias", "Lokale Nachrichten")
    """ informativos informativo últimas ultimas lokale locales locais regionales regionais"""
    # (Russian and Ukrainian sections: "Главные новости", "Последние новости", "Останні новини")
    """ главные последние свежие все новые мировые местные региональные горячие главное останні головні свіжі всі
    місцеві"""
    # (BREAKING_LABEL: the breaking-news band's label printed twice over the headline, "DERNIERE MINUTE", "Última hora",
    # "Son dakika", "Breaking Now")
    """ dernière derniere minute última ultima hora son dakika now urgent urgente"""
    # (LANGUAGE_EDITION: "English News", "Hindi News", a site's edition in a language, no paper's own word)
    """ english hindi urdu arabic french spanish german chinese russian portuguese bangla bengali tamil""".split()
)
MAX_MASTHEAD_WORDS = 5
MIN_SECTION_SIBLINGS = 2
# LIST_LABEL_FIRST: a word that opens a list's or a section's label ("Latest Construction News", "Top 10 News",
# "Trending News") opens no paper's name.
LIST_LABEL_WORDS = frozenset("latest breaking top trending popular recent related featured recommended more".split())
# CALL_BEFORE_NAME: a verb of the site's links before a paper's name makes the line a link, not the name.
CALL_WORDS = frozenset(
    "contact about follow subscribe visit join watch listen read support advertise email call download".split()
)

# WIRE_IN_DATELINE / OUTLET_IN_DATELINE: a dateline at the head of the first body lines: a place in capitals, maybe a
# state and a date, then the agency in brackets or slashes and a dash: "BEIJING, May 24 (Xinhua) --",
# "MOSCOW, June 8. /TASS/.", "NEW YORK, Sept. 22, 2023 /PRNewswire/ --", "MOSCOW (Example News / Sputnik - 27th March, 2019)",
# "MOSCOW, Aug. 21, (Xinhua/Example) —" (a comma before the brackets).
DATELINE_LINES = 2
LEAD_DATELINE = re.compile(
    r"^(?:By\s[^()]{3,60}?\s)?[A-Z][A-Z.'’/-]+(?:\s[A-Z][A-Z.'’/-]+){0,3}"
    r"(?:,\s[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?)?"
    r"(?:,?\s(?:[A-Z][a-z]{2,8}\.?|\d{1,2})\s\d{1,2}(?:,\s\d{4})?\.?)?"
    r",?\s?(?:\((?P<paren>[^()]{2,80})\)|/(?P<slash>[A-Za-z][\w .&-]{1,30})/\.?)"
)
# Inside the brackets: names separated by "/", " - ", "|" or ","; a piece that is a date is no name.
# A run of spaces is entered at its start only ((?<!\s)): a line of spaces is split in linear time (issue 16).
PIECES = re.compile(r"(?:(?<!\s)\s*)?(?:/|\s[-–—]\s|\|)\s*")
HAS_DIGIT = re.compile(r"\d")
# STATION_NUMBER: a broadcaster's name with its channel number ("(FOX 44)", "(KARE 11)", "(Channel 4)") names a source;
# other numbers in a dateline's brackets are the copy's version ("(UPDATE 2)", "(Part 3)"), no one.
STATION_NUMBER = re.compile(r"^[A-Z][A-Za-z]*+(?: [A-Z][A-Za-z]*+)? \d{1,2}$")
NOT_A_STATION = frozenset("update updated updates corrected correction refile refiled part photo photos video page".split())


def _numbered(name: str) -> bool:
    """The name holds a number that is no station's channel (STATION_NUMBER)."""
    name = name.strip()
    if not HAS_DIGIT.search(name) or station_in_dateline(name):
        return False  # (STATION_NUMBERED, archive.headline: "NEWS10", "KX39")
    return not (STATION_NUMBER.match(name) and name.split()[0].casefold() not in NOT_A_STATION)


# CJK_OWN_DISPATCH (in _outlet_by_rules): "【熊猫时报讯】" or "熊猫时报讯 " at the head of the first paragraph.
# The mark is bracketed or set off by a space or a colon: "财经资讯显示" ("financial news shows") opens a sentence.
CJK_DISPATCH = re.compile(
    r"^(?:【(?P<name>[\u4e00-\u9fff]{2,10})(?:讯|訊)】|(?P<bare>[\u4e00-\u9fff]{2,10})(?:讯|訊)(?=[\s　:：]))"
)
# "本报讯" ("this paper's dispatch") and its kin name no one; "资讯", "通讯" are words ("news", "communication").
CJK_DISPATCH_NO_NAME = frozenset(("本报", "本報", "本网", "本網", "本台", "本刊", "本站"))
CJK_DISPATCH_WORD_ENDS = ("资", "資", "通", "快", "简", "簡", "电", "電")
# CJK_SITE_CRUMB: a Chinese site's name ends in 网 ("东南网", "人民网").
CJK_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}(?:网|網)")
# SLASHED_NAME: capitals joined by a slash without spaces ("RFE/RL") name one outlet; "Example News/Agencies" is two parts.
SLASHED_NAME = re.compile(r"[A-Z]{2,6}(?:/[A-Z]{2,6})+")

# NEWSPAPER_SIGNOFF (in wire): a name in brackets after a paragraph's last full stop.
CJK_SIGNOFF = re.compile(r"[。！？][」”]?[（(](?P<name>[\u4e00-\u9fff]{1,8}(?:社|网|網|台|报|報))[)）]\s*$")
SIGNOFF_NAME = re.compile(r"[.!?][\"”’]?\s?\((?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){1,4})\)\s*$")
# SYNDICATED_COPYRIGHT (in _outlet_by_rules): "Copyright © 2022 Example FM. All rights reserved. Distributed by Example
# Global Media (example.com)": the page is the distributor's.
DISTRIBUTED_BY = re.compile(r"\b(?i:distributed by) (?P<name>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,4})")
_SITE_ADDRESS = r"[a-z0-9-]++(?:\.[a-z0-9-]++)*\.[a-z]{2,12}"  # a site's address in lower case ("news.example.in")
# OUTLET_SELF_PROMO (in _outlet_by_rules): the app's name in capitalised words, or the site's address.
# (the call in any case, the app's name in capitals: "Get our free app" names nothing)
SELF_PROMO_NAME = re.compile(
    # (MOBILE_APP: "Download the Example Times mobile app": the name, without "mobile")
    # (APP_KIND: "Download - Example Weather app", "Have the EXAMPLE weather app": a dash after the verb, the app's kind
    # before "app"; the name in capitals too)
    r"^(?i:download|get|install|have)(?:\s?[-–:]\s?| )(?:(?i:the|our) )?(?P<app>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,3}?) "
    r"(?:(?i:mobile|weather|free) )?(?i:app)\b"
    rf"|^(?i:visit) (?:www\.)?(?P<site>{_SITE_ADDRESS}) (?i:to)\b"
    # (APP_IN_MALAY_AND_INDONESIAN: "Muat turun aplikasi Example Harian.", "Unduh aplikasi Example")
    r"|^(?i:muat turun|unduh|download) (?i:aplikasi) (?P<aplikasi>[A-Z][\w&'’-]*+(?: [A-Z][\w&'’-]*+){0,3})(?=[.!,]|\s*$)"
)
SELF_PROMO_GROUPS = ("app", "site", "aplikasi")  # (the app's name before the site's address: "news.example.in")
SEARCH_CONTROL_WORDS = frozenset("search filter filters login".split())
# SUPPORT_THE_SITE: the site asking its readers for support, or to follow it, names itself ("Support Example-News by
# becoming our patron!", "Keep our news independent, by supporting The Example", "The Example is on Instagram! ...
# follow us!"): on a line speaking as "we" (our, us), a name in capitalised words, no place's ("Support Harbour by
# donating to our fund" names a cause).
_SUPPORTED_NAME = r"(?:The )?[A-Z0-9][\w.&'’-]*+(?: [A-Z0-9][\w.&'’-]*+){0,3}"
SUPPORT_THE_SITE = re.compile(
    rf"^(?i:support) (?P<name>{_SUPPORTED_NAME}) (?i:by|with)\b"
    rf"|\b(?i:by supporting) (?P<name2>{_SUPPORTED_NAME})[.!]?$"
    rf"|^(?P<name3>{_SUPPORTED_NAME}) (?i:is|are)(?: (?i:now))? (?i:on) (?:Instagram|Facebook|Twitter|X|WhatsApp|Telegram|"
    r"TikTok|YouTube|Threads|LinkedIn|Bluesky)\b"
    # (BECOME_A_MEMBER: "Members help make our journalism possible. Become an Example Business member today")
    rf"|\b(?i:become an?) (?P<name4>{_SUPPORTED_NAME}) (?i:member|subscriber|supporter|insider)\b"
)
SPEAKS_AS_WE = re.compile(r"\b(?i:our|us)\b")
# PUBLICATION_FIELD: the page's record of its publication, "Publication: Example Brief Volume: 8 Issue: 11",
# "Publisher: Example Press": the name, up to the next field's label.
PUBLICATION_FIELD = re.compile(
    r"^(?i:publication|publisher)\s?:\s*+(?P<name>(?:The )?[A-Z][\w.&'’-]*+(?: [A-Z0-9][\w.&'’-]*+){0,4}?)"
    r"(?:\s++[A-Z][a-z]++\s?:.*+)?$"
)
# PUBLISHED_IN_THE_PAPER: a notice's date line naming the paper it ran in ("Published in Example Gazette on July 22,
# 2019", "... from July 22 to July 23, 2019", an obituary's page): a newspaper's name, on a line read as a date line.
PUBLISHED_IN_THE_PAPER = re.compile(r"^Published in (?P<paper>[A-Z][^\d]{1,60}?) (?:on|from) (?=[A-Z\d])")
# PAPER_OVER_ITS_ADDRESS: a newspaper's name right over a postal address's box line ("Example Press-Reporter" / "P.O.
# Box 710" / "Harbour, TX 79331"), the contact block of the site's footer: the paper publishing the page.
POST_BOX = re.compile(r"^(?i:p\.?\s?o\.?\s?box|post office box|apartado|postfach|caixa postal|casilla)\b")


def _supported_name(text: str) -> str | None:
    found = SUPPORT_THE_SITE.search(text)
    if found is None or not SPEAKS_AS_WE.search(text):
        return None
    name = found["name"] or found["name2"] or found["name3"] or found["name4"]
    return None if is_place(name) else name


# (not a kind of source: "据当地电视台报道", "by a local TV station's report", "据外媒报道", "据本报讯" name no one)
CJK_ACCORDING_TO = re.compile(
    r"^[（(]?据(?!当地|外|多家|相关|有关|该|本|一家)(?P<wire>[\u4e00-\u9fff]{1,8}?(?:社|网|台|报))(?:电|报道|消息|讯)"
)
# PRONOUNS_NAMING_NO_SITE: "Follow Me On Twitter", "Follow Us On Instagram": a pronoun, capitalised as the button's
# words are, names no site.
PRONOUNS_NAMING_NO_SITE = frozenset("me us him her them you".split())
# OUTLET_SELF_NAMED (in _outlet_by_rules): the page's furniture naming the site itself, in capitalised words or its
# address: its logo's alternative text above the article ("Example Gazette Logo"), its greeting ("Welcome to Example
# News"), its notification box ("Example.com would like to send you notifications"), its sales line ("Advertise on
# Example.com to reach ..."), its e-paper, its appeal and its digital subscription. "Welcome to our site", "Advertise
# with us", "Support us on Patreon" name nothing.
_SELF_NAME = r"[A-Z0-9][\w.&'’-]*+(?: [A-Z0-9][\w.&'’-]*+){0,4}"
# (a name with its small joining words: "Diário do Example", "Las Provincias", "Corriere della Example")
_GLUED_NAME = r"[A-Z0-9][\w.&-]*+(?: (?:(?:de|do|da|dos|das|del|della|di|du|des|la|las|los|el|of|the) )?[A-Z0-9][\w.&-]*+){0,4}"
_PLAIN_NAME = r"[A-Z0-9][\w.&-]*+(?: [A-Z0-9][\w.&-]*+){0,4}"  # (no apostrophe: a possessive's "'s" is left off)
_CYRILLIC_OR_LATIN_NAME = rf"[A-ZА-ЯЁ0-9][\w.&-]*+(?: [A-ZА-ЯЁ0-9][\w.&-]*+){{0,4}}|{_SITE_ADDRESS}"
SELF_NAMED = re.compile(
    rf"^(?i:welcome to) (?:the )?(?P<welcome>{_SELF_NAME})[.!]?$"
    # (SITE_WELCOME: "Willkommen auf den Seiten des Auswärtigen Amts", archive.rules' SITE_WELCOME_LEAD: the name after it,
    # its later words in any case: "Ministerio de Asuntos Exteriores")
    rf"|^{rules.SITE_WELCOME_LEAD} (?:the |la |le |el |il |l')?(?P<site_welcome>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w.&'’-]*+(?: [\w.&'’-]++){{0,5}}?)[.!]?$"
    rf"|^(?P<notify>{_SELF_NAME}) (?i:would like to send you (?:push )?notifications)\b"
    # (ADVERTISEMENT_GLUED: the advertisement's label run onto the call, "AdvertisementAdvertise with Example.")
    rf"|^(?:Advertisement\s?)?(?i:advertise (?:on|with|in)) (?P<advertise>{_SELF_NAME})(?: (?i:to|and|for)\b|[.!]?$)"
    # its print replica ("Example News E-Edition April 18 2024 – View Online", archive.rules' NAMED_EPAPER)
    # (EPAPER_LINK_VERB: "View E-Paper", "Read the e-paper" name no site: the link's verb)
    rf"|^(?!(?i:view|read|see|open|browse|download|get|subscribe|our|today['’]s)\s)(?P<epaper>{_SELF_NAME}) (?:E-?[Pp]aper|E-?[Ee]dition|Digital [Ee]dition)\b"
    # (NAME_DASH_PRINT_EDITION, archive.rules: "Example Free Press - PRINT EDITION")
    rf"|^(?P<print_edition>{_SELF_NAME}) [-–|] (?:PRINT EDITION|Print Edition|Print edition)$"
    # SUBSCRIBE_TO_THE_SITE in English ("Subscribe to ExampleWeek today and get ...", "Subscribe to Example Times"): no
    # platform's or newsletter's name ("Subscribe to Our Newsletter", "Subscribe to YouTube")
    r"|^(?i:subscribe to) (?!(?i:our|my|your|this|free|email|e-mail|daily|weekly|push|youtube|facebook|twitter|instagram|"
    rf"telegram|whatsapp|tiktok|google|apple|spotify|rss|x)\b)(?P<subscribe_en>{_PLAIN_NAME})(?: (?i:today|now)\b|[.!]?$)"
    # its appeal for support ("Support Example News on Patreon!") and its digital subscription ("Save 30% off The
    # Example Star Digital Access")
    rf"|^(?i:support) (?P<support>{_SELF_NAME}) (?i:on) (?:Patreon|Substack|Ko-fi|Boosty)\b"
    rf"|^(?i:save) \d{{1,2}}% (?i:off) (?P<digital>{_SELF_NAME}) (?:Digital|DIGITAL) (?:Access|Subscription|ACCESS)\b"
    # its newsletters ("Sign up for The Example Week's Free Newsletters", "get the best of Example delivered directly to
    # your inbox", archive.rules' NEWSLETTER_BOX)
    # (NEWSLETTER_AFTER_THE_PROMO: after the promo's first sentence too, the newsletter's own name between, "Get top
    # local stories delivered to you every morning. >Sign up for Example TV's News Headlines newsletter.")
    rf"|^(?:[^.!?]{{0,120}}[.!?]\s?>?\s?)?(?i:sign up for|subscribe to) (?P<newsletter>{_PLAIN_NAME})['’]s?"
    r" (?:(?i:free |daily |weekly |email )*|(?:[A-Z][\w&-]* ){1,3})(?i:newsletters?)\b"
    # (NEWSLETTER_OF_THE_ADDRESS: "Sign up for the free Example.com newsletter", the site's address before the word;
    # another name there, "the free Morning Briefing newsletter", is the newsletter's own)
    r"|^(?i:sign up for|subscribe to) (?:(?i:the|our) )?(?:(?i:free) )?"
    r"(?P<newsletter_site>[A-Za-z0-9][\w-]*+(?:\.[\w-]++)*?\.(?i:com|net|org|co\.uk|com\.au|ie|ca|in|news)) (?i:newsletters?)\b"
    rf"|^(?i:get the best of) (?P<best>{_PLAIN_NAME}) (?i:delivered)\b"
    # (PAYWALL_MEMBERSHIP: "Continue reading your article with a Premium Example Membership", the paywall's offer)
    r"|^(?i:continue reading (?:your|this|the) (?:article|story) with an?) (?:(?i:premium|digital) )?"
    r"(?P<membership>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,3}?) (?i:membership|subscription)\b"
    # (ON_YOUR_PHONE: "Get The Example Paper on your phone with the ...", the site's app; CLICK_TO_SUBSCRIBE: "Did you
    # enjoy this article? Click here to subscribe to Example Magazine."; JOIN_THE_CHANNEL in Spanish: "Súmate al canal
    # de Example")
    rf"|^(?i:get) (?P<on_phone>{_PLAIN_NAME}) (?i:on your (?:phone|mobile))\b"
    rf"|^(?:[^.?!]{{0,40}}[.?!] )?(?i:click here to subscribe to) (?P<click_subscribe>{_PLAIN_NAME})[.!]?$"
    rf"|^(?i:súmate|sumate|únete|unete) (?i:al canal de) (?P<canal>{_PLAIN_NAME})\b"
    # CJK_REPRINT_NOTICE_NAME: a Chinese site's notice on reprinting (archive.rules' CJK_REPRINT_NOTICE) names the site: "凡本网
    # 注明“来源:Example网”的所有作品" ("all works this site marks 'source: Example'"; "XXX" stands for another site),
    # "本文来源于网络,不代表Example立场" ("... does not represent Example's position"; "本网", "this site", names none)
    r"|^(?:凡(?:本网|本網|本站)(?:注明|註明))\s*+[“\"「『]?\s*+(?:来源|來源)\s*+[:：]\s*+(?!XXX|xxx|×)"
    r"(?P<noted>[^”\"」』(（)）\s]{2,20}?)\s*+[”\"」』]"
    r"|^[^,，。]{0,40}?[,，]\s*+(?:并|並)?不代表(?!本)(?P<position>[^\s,，。]{2,16}?)(?:的)?(?:立场|立場|观点|觀點)"
    # its call to stay tuned ("Stay tuned to Example TV for more.", archive.rules' STAY_TUNED_TO_THE_SITE, STAY_WITH_THE_SITE)
    rf"|^(?i:{rules.STORY_DEVELOPING}?stay (?:tuned to|with)) (?P<tuned>{_PLAIN_NAME}) (?i:{rules.STAY_FOR})"
    # its newsletter ("Get the latest news from example.com.au in your inbox.", "Get ExampleQueensland in your inbox")
    rf"|^(?i:get (?:the latest (?:news|stories|headlines|updates) from )?)(?P<inbox>{_SITE_ADDRESS}|{_PLAIN_NAME}) "
    # (DAILY_TO_YOUR_INBOX: "Get Example News daily and direct to your Inbox")
    r"(?:(?i:daily|every day|each morning) (?i:and) )?(?i:in|to|direct to|straight to|delivered to) (?i:your inbox)\b"
    # its comments policy ("Example World encourages reader discussion on our stories", "Example 17 News is committed to
    # providing a forum for civil and constructive conversation", archive.rules' FORUM_PROMISE)
    rf"|^(?P<discussion>{_PLAIN_NAME}) (?i:encourages reader(?:s['’])? (?:discussion|comments))\b"
    rf"|^(?P<forum>{_PLAIN_NAME}) (?i:is committed to providing a (?:forum|platform|space) for (?:civil|respectful))\b"
    # its logo's link home ("Go to the Example Times homepage", archive.rules' JUMP_LINKS): the name, its small words too
    r"|^(?i:go to (?:the )?)(?P<homepage>[A-Z0-9][\w.&'’-]*+(?: (?:(?:and|of|the|de|la|del|di) )?[A-Z0-9][\w.&'’-]*+){0,4})"
    r" (?i:home ?page)$"
    # its channel on a messaging app ("Join the Example News WhatsApp channel", "Sertai saluran WhatsApp Example BM")
    # (or to subscribe to it: "Subscribe to Example.Ru Telegram channel, Facebook, RSS!")
    rf"|^(?i:join (?:the )?|subscribe to (?:the )?)(?P<channel>{_PLAIN_NAME}) (?i:whatsapp|telegram|youtube) (?i:channel)\b"
    rf"|^(?i:sertai saluran) (?i:whatsapp|telegram) (?P<saluran>{_PLAIN_NAME}?)(?: BM| BI| English)? (?i:sekarang|untuk)\b"
    # (FOLLOW_THE_CHANNEL_NAMED: "Follow WhatsApp Channel Example untuk update berita terbaru", the channel's name after
    # the platform's)
    rf"|^(?i:follow|ikuti) (?i:(?:the |our )?(?:whatsapp|telegram) (?:channel|saluran)) (?P<wa_channel>{_PLAIN_NAME}) (?i:untuk|for|to)\b"
    # NOW_ON_THE_APP: "Example TV is now on WhatsApp. Join today to get latest Updates" (the site's own channel)
    rf"|^(?P<now_on>{_PLAIN_NAME}) (?i:is now (?:on|available on)) (?i:whatsapp|telegram|google news)[.!]? (?i:join|click|follow|subscribe)\b"
    # its survey ("Example FM invites you to participate in an audience survey")
    rf"|^(?P<survey>{_PLAIN_NAME}) (?i:invites you to (?:participate|take part) in (?:an?|our) (?:audience|reader|listener) survey)\b"
    # DISCOVER_MORE_FROM: a blog platform's subscription box under the article ("Discover more from Example News", "اكتشاف
    # المزيد من ..."), and its comments' disclaimer ("Example is not responsible for the comments that users post")
    rf"|^(?i:discover more from) (?P<discover>{_PLAIN_NAME})$"
    # MORE_FROM_THE_SITE: its own stories' box under the article, headed with its name alone ("More From Example
    # Times"; "More from Opinion", "More from World", a section's, are GENERIC_LIST_NAME's)
    # (MORE_FROM_OVER_A_HEADLINE: the box's name run onto its first headline, "More From Example: Harbour opens clinic")
    rf"|^(?i:more from) (?P<more_from>{_GLUED_NAME})(?:$|\s?:\s(?=\S))"
    # SUBSCRIBER_OF_THE_SITE: the paywall's offer naming its paper ("Learn more about the benefits of being a EXAMPLE
    # subscriber", "Already an Example Times subscriber?")
    rf"|^(?:[^.!?]{{0,60}}?\s)?(?i:being an?|already an?|as an?) (?P<subscriber>{_GLUED_NAME}) (?i:subscriber|member)\b"
    r"|^اكتشاف المزيد من (?P<discover_ar>[^\W\d_][^\W\d_ ]*+(?: [^\W\d_]++){0,3})$"
    rf"|^(?P<not_responsible>{_PLAIN_NAME}) (?i:is not responsible for (?:the )?(?:comments|content of (?:the )?comments))\b"
    # SUBSCRIBER_TO_THE_SITE: the paywall's call naming the site ("Click here to log-in or become a subscriber to
    # Example.com.") and NEWSROOM_CONTACTS: the box heading its newsroom's addresses ("Connect with the Example Ledger
    # Newsroom:")
    r"|^(?:[^.!?]{0,60}?\s)?(?i:become an? subscriber to) (?P<subscriber_to>[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*\.[a-z]{2,12}"
    r"|[A-Z][\w&'’-]*+(?: [A-Z][\w&'’-]*+){0,4})[.!]?$"
    rf"|^(?i:connect with) (?:the )?(?P<newsroom>{_PLAIN_NAME}) (?i:newsroom)\W*$"
    # AGGREGATOR_NOTICE (archive.rules): "The website example.com is an aggregator of news from open sources. ..."
    rf"|^(?i:the (?:web ?site|site|portal)) (?P<aggregator>{_SITE_ADDRESS}|{_PLAIN_NAME}) (?i:is an? (?:news )?aggregator of news)\b"
    # its donation appeal ("Support from readers like you keeps The Example Journal open.")
    rf"|^(?i:support from readers like you) (?i:keeps?) (?P<keeps>{_PLAIN_NAME}) (?i:open|going|independent|free)\b"
    # PROMOTIONS_FROM_THE_SITE: a newsletter form's consent line ("You may occasionally receive promotional content from
    # the Example Times."): the site sends them
    rf"|^(?:[^.!?]{{0,40}}?\s)?(?i:receive (?:occasional |special )?(?:promotional content|promotional emails|offers|"
    rf"marketing emails) from) (?:the )?(?P<promotional>{_PLAIN_NAME})\.?$"
    # OPINIONS_ON_THE_SITE: the comment box's call naming the site ("Condividi le tue opinioni su Example", "Partagez votre
    # avis sur Example"; archive.rules' COMMENT_INVITATION)
    rf"|^(?i:condividi le tue opinioni su|partagez votre avis sur|comparte tu opinión en) (?P<opinions>{_PLAIN_NAME})[.!]?$"
    # YOUR_ACCOUNT_ON_THE_SITE: the comment box's call to log in to the site's account ("You must be logged in to your
    # Example account to comment", "Vous devez être connecté à votre compte Example pour pouvoir commenter"); "your
    # Google account" is a platform's
    r"|^(?:[^.!?]{0,60}?\s)?(?i:(?:log|logged|sign|signed) in(?:to| to)? your|connecté à votre compte|connectez-vous à votre compte)"
    r" (?!(?i:google|facebook|twitter|x|apple|microsoft|disqus|email|e-mail|own)\b)"
    rf"(?P<account>{_PLAIN_NAME})(?: (?i:account|pour)\b|[.!]?$)"
    # REGISTER_ON_THE_SITE: "Register on Example Live at no cost to receive newsletters"
    rf"|^(?i:register (?:on|with)) (?P<register>{_PLAIN_NAME}) (?i:at no cost|for free|to (?:receive|read|get|continue))\b"
    # PUBLISHER_LABEL: the page's publisher under its label ("Herausgeber: Bundesministerium für Umwelt, Naturschutz und
    # Bau", "Publisher: Example Media", "Éditeur : Example"), alone on its line
    r"|^(?i:herausgeber|publisher|éditeur|editore|wydawca|vydavatel|vydavateľ|издатель|видавець|uitgever|utgivare|udgiver|"
    r"kiadó|yayıncı)\s?:\s?(?P<publisher>[^\W\d_][\w.&'’-]*+(?:,? (?:[\w.&'’-]++)){0,9})$"
    # PREFERRED_SOURCE: the call to make the site a preferred source on Google ("Add Example News as a preferred source
    # on Google", "Přidejte si Example do svých oblíbených zdrojů na Google Zprávy", "Dodaj Example do ulubionych źródeł")
    rf"|^(?i:add|make|set) (?P<preferred>{_PLAIN_NAME}) (?i:as )?(?i:a |your )?(?i:preferred source)\b"
    rf"|^(?i:přidejte si|pridajte si|dodaj) (?P<zdroj>{_PLAIN_NAME}) (?i:do (?:svých |svojich )?(?:oblíbených|obľúbených|ulubionych|preferowanych) (?:zdrojů|zdrojov|źródeł))\b"
    # SUPPORT_ITS_JOURNALISM: "Support EXAMPLE TIMES' journalism of integrity", "By contributing to Example Times, you"
    # (GENERIC_JOURNALISM: "Support Local Journalism", "Support Independent Journalism" name a kind, no site)
    r"|^(?i:support) (?!(?i:local|independent|quality|community|public|free|trusted|regional|investigative|real|good|great|"
    r"vital|fearless) (?i:journalism))"
    rf"(?P<journalism>{_PLAIN_NAME})(?:['’]s?)? (?i:journalism)\b"
    rf"|^(?i:by (?:contributing|donating|subscribing) to) (?P<contributing>{_PLAIN_NAME}), (?i:you)\b"
    # MEMBER_OF_THE_SITE: "... and become an exclusive member of ExampleWeek, create an account today!"
    rf"|^(?:[^.!?]{{0,60}}?\s)?(?i:become an? (?:exclusive |premium )?(?:member|subscriber) of) (?P<member>{_PLAIN_NAME})[,.!]"
    # SUBSCRIBE_TO_THE_SITE in other languages ("Suscríbete a Las Provincias al mejor precio", "Abonnez-vous à Example")
    rf"|^(?i:suscríbete a|suscribete a|abonnez-vous à|abonnieren sie|abbonati a|assine o|assine a) (?P<subscribe>{_GLUED_NAME})"
    r"(?: (?i:al mejor precio|desde|por|dès|à partir|ab|per|por apenas)\b|[.!]?$)"
    # PRINT_EDITION_POINTER: "[Notícia completa na edição impressa do Diário do Example]", "Lisez la suite dans
    # l'édition imprimée du Example": the rest of the story in the paper's print edition
    rf"|^[\[(]?(?:[^\[\]().!?]{{0,40}}?\s)?(?i:(?:na|da) edição impressa d[oa]|en la edición impresa de(?:l)?|"
    rf"dans l['’]édition (?:imprimée|papier) d[eu]|nella edizione cartacea d(?:i|el|ella)|"
    # (ITALIAN_TODAYS_EDITION: "L'articolo completo nell'edizione del Example di oggi.")
    rf"nell['’]edizione d(?:i|el|ella)) (?P<print>{_GLUED_NAME})(?: (?i:di oggi|in edicola))?[\])]?[.!]?$"
    # MORE_NEWS_ON_THE_SITE: "more news on" or "read on the site" and the site's address or name, in Ukrainian, Russian
    # and Dutch ("Більше новин на Example.ua", "Читати на сайт Example.ua", "Больше новостей на example.ru", "Ander
    # nieuws van Example.")
    rf"|^(?i:більше новин на|бльше новин на|читати на сайті?|читать на сайте|больше новостей на|ander nieuws van) "
    rf"(?P<more_news>(?:{_CYRILLIC_OR_LATIN_NAME}))[.!]?$"
    # ARABIC_FOLLOW_OR_QUOTE: the Arabic call to follow the site ("تابعوا Example نيوز على", its platforms' icons after
    # it) and its terms for quoting it ("لا مانع من الاقتباس وإعادة النشر شريطة ذكر المصدر ( Example نيوز )", "quoting and
    # republishing allowed on condition of naming the source (...)")
    r"|^(?:تابعوا|تابعوا موقع)\s(?P<follow_ar>[\w.]++(?:\s[\w.]++){0,3}?)\s(?:على|عبر)$"
    r"|^لا مانع من الاقتباس.{0,60}?(?:ذكر|ذِكر) المصدر\s?[(（]\s?(?P<quote_ar>[^()（）]{2,40}?)\s?[)）]\.?$"
)
# SYNDICATED_FEED_NOTICE (OUTLET_SELF_NAMED): the site's note on wire copy it did not edit (archive.rules' notices: "(This
# story has not been edited by Example staff and is auto-generated from a syndicated feed.)", "..., Example Staff may not
# have modified or edited the content body)", "Example holds no responsibility for its content."): its staff's or its
# own name, anywhere in the note.
FEED_NOTICE_NAME = re.compile(
    rf"(?:^|\s)(?i:has not been edited by) (?P<unedited>{_PLAIN_NAME}) (?i:staff)\b"
    rf"|(?:^|[,;]\s)(?P<staff_may>{_PLAIN_NAME}) (?i:staff may not have (?:modified|edited))\b"
    rf"|(?:^|[.]\s)(?P<no_responsibility>{_PLAIN_NAME}) (?i:holds no responsibility for (?:its|the) content)\b"
)
# ... its call to follow it on a platform, after a sentence of the promo or alone ("Follow Example News on Google News",
# "Fiți la curent ... Urmăriți Example și pe Google News"); "Follow us" and "Follow the mayor" name no site.
FOLLOW_NAMED = re.compile(
    # (VIETNAMESE_FOLLOW_NAMED: "Theo dõi Example.vn trên" -- "follow ... on", the platforms' icons lost)
    rf"^(?i:theo dõi) (?P<theo_doi>[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*\.[a-z]{{2,12}}) (?i:trên)$|"
    # (the same in Portuguese, "SIGA O EXA NO", "Siga o Example no": archive.rules' PORTUGUESE_FOLLOW, the name capitalised)
    r"^(?i:siga|sigam|acompanhe) (?i:o|a) (?P<siga>[A-Z0-9][\w.&-]*(?: [A-Z0-9][\w.&-]*){0,3}?) (?i:no|na|nas|nos)$|"
    # (the same in Russian, "Читать example.ru в" and "Читайте example.ru в": the platform's icon lost after "in")
    rf"^(?i:читать|читайте) (?P<chitat>[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*\.[a-z]{{2,12}}) (?i:в|на)$|"
    # (FIND_THE_SITE_ON: "Find Example.com on Facebook.", the same call)
    rf"(?:^|[.!]\s)(?i:follow|find|urmăriți|urmariti|suivez|siga|segui|folgen sie) (?P<follow>{_PLAIN_NAME}) "
    # (AT_SIGN_FOR_ON: "Follow Example.com @ Google News", the sign for "on")
    r"(?i:(?:și |si |also |auch )?(?:on|pe|sur|en|su|em|auf|@)) (?:Google News|Facebook|Twitter|X|Telegram|WhatsApp|Instagram|"
    # (GOOGLE_NEWS_LOCALISED: the platform's name in the page's language, in capitals too: "GOOGLE ȘTIRI")
    r"(?i:google (?:știri|stiri|notícias|noticias|actualités|nachrichten|notizie)))\b"
    # FOLLOW_NAMED_SLAVIC: the same call in Russian ("Подписывайтесь на Example News в Дзен", "Читайте Example.ru в
    # Telegram") and in Serbo-Croatian ("Najnovije vijesti Example i na Viberu": "the latest news ... on Viber too"),
    # the platform in its case ending ("the latest news of" a person is no Serbo-Croatian call: its name may look like one)
    rf"|^(?i:подписывайтесь на|подпишитесь на|читайте|следите за новостями) (?P<follow_ru>{_CYRILLIC_OR_LATIN_NAME}) "
    r"(?i:в|на) (?:Дзене?|Telegram|Телеграме?|ВКонтакте|VK|Одноклассниках|MAX|WhatsApp|Viber|Google News|Яндекс)\b"
    # (FOLLOW_LIST_RU: the name, a colon and the platforms between bars, "Подписывайтесь на Example: Новости | Дзен | VK")
    rf"|^(?i:подписывайтесь на|подпишитесь на) (?!(?i:наш|нас)\b)(?P<follow_ru_list>{_CYRILLIC_OR_LATIN_NAME})\s?:\s?"
    r"[^|:]{1,30}\|\s?(?:Дзен|Telegram|VK|ВКонтакте|Одноклассники|MAX|YouTube|RuTube|Новости)\b"
    # FOLLOW_NAMED_GREEK: "Ακολουθήστε το example.gr στο Google News"
    rf"|^(?i:ακολουθήστε) (?:το |τη |την |τον )?(?P<follow_el>{_CYRILLIC_OR_LATIN_NAME}) (?i:στο|στα|στη) "
    r"(?:Google News|Facebook|Twitter|Instagram|Viber)\b"
    # FOLLOW_NUMBERED_MALAY: "2) Ikuti Example di Facebook, Twitter ...", "1) Sertai Group Whatsapp Example (klik)"
    rf"|^(?:\d[).]\s?)?(?i:ikuti) (?P<follow_ms>{_PLAIN_NAME}) (?i:di) (?:Facebook|Twitter|X|Instagram|TikTok|Telegram|WhatsApp|YouTube)\b"
    rf"|^(?:\d[).]\s?)?(?i:sertai|gabung) (?i:group|grup|kumpulan) (?i:whatsapp|telegram) (?P<group_ms>{_PLAIN_NAME}) \((?i:klik|klik di sini)\)"
    rf"|^(?i:najnovije (?:vijesti|vesti)) (?P<follow_sh>{_PLAIN_NAME}) (?i:i )?(?i:na) "
    r"(?:Viberu|Telegramu|Facebooku|Instagramu|WhatsAppu|Google News)\b"
    # (FOLLOW_ON_SOCIAL_MEDIA: "Follow Example.org social media accounts", "Follow Example on social media", the
    # platforms unnamed)
    rf"|^(?i:follow) (?P<follow_social>{_PLAIN_NAME}) (?i:social media accounts|on social media)\b"
)
# OUTLET_SELF_DESCRIBED: the site's description of itself among the page's last lines ("Example Times provides news
# and information from ...", "Example is dedicated to creating trustworthy, high-quality content"): its subject.
SELF_DESCRIBED = re.compile(
    r"^(?P<described>(?:The )?[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,3}) (?:provides|publishes|brings you|delivers|offers|"
    r"aggregates|is dedicated to|is committed to) (?:[\w,'’-]+ ){0,8}?(?:news|reports|stories|information|coverage|content)\b"
)
SELF_DESCRIBED_LAST_LINES = 5
# AUTHOR_BIO_EMPLOYER: ... and the writer's note among them, naming the site the writer works for ("Jane Roe has been
# with ExampleScoop since 2011.", "I'm a general news reporter for the Examiner.", "Jane Roe is a staff writer at The
# Example Times"): its name. (A wire's name there is no site's: a reprint keeps its writer's note.)
_BIO_WORD = r"[A-Z][\w&'’-]*+(?:\.[\w&'’-]++)*+"  # (a dot inside it, "Example.com", none after it: the sentence's)
_BIO_NAME = rf"(?:The )?{_BIO_WORD}(?: {_BIO_WORD}){{0,4}}"
AUTHOR_BIO = re.compile(
    # (THE_BEAT_REPORTER: "Jane Roe is the City of Harbour reporter at the Example Record", her beat's post)
    r"^(?:I['’]m|I am|[A-Z][\w'’-]++(?: [A-Z][\w'’-]++){0,2} is) (?:an?|the) (?:[\w-]++ ){0,3}(?:reporter|writer|editor|"
    r"correspondent|journalist|columnist|producer|photographer|contributor) (?:for|at|with) (?:the )?"
    rf"(?P<employer>{_BIO_NAME})(?=[.,;]| (?:since|in|and|who|where)\b|$)"
    r"|^[A-Z][\w'’-]++(?: [A-Z][\w'’-]++){0,2} (?:has been (?:with|at)|joined) (?:the )?"
    rf"(?P<joined>{_BIO_NAME})(?= (?:since|in)\b|[.,])"
)
# ... and the heading of its archive ("The Example Herald Articles"), when the name is a newspaper's (is_newspaper_name:
# "Related Articles", "Top Stories" name no paper)
ARCHIVE_HEADING = re.compile(rf"^(?P<archive>{_SELF_NAME}) (?:Articles|Archives?|Stories)$")
# A logo's alternative text from a site template names no one: "Title Logo", "Header Logo", "Site Logo" (and a
# section's: "Live logo", "News logo").
LOGO_TEMPLATE_WORDS = frozenset(
    """title titel titre título titolo header footer site main default mobile desktop white dark light small large
    retina sticky home brand company custom our the live news""".split()
)
# (LOGO_THEN_NAME: the picture's text, then the name printed beside it: "Example Logo Example")
# ... nor do a template's words in the other self-naming lines ("Welcome to Our Site", "Join Us WhatsApp Channel").
SELF_NAME_TEMPLATE_WORDS = LOGO_TEMPLATE_WORDS | frozenset(
    "us my your website page official channel newsletter newsletters updates alerts podcast notifications".split()
    # (THIS_SECTION: "More From This Section", "More from this author": the page's own parts, no site's name)
    + "this section author category topic".split()
)
# (SITE_ICON_LOCALISED: the theme's words in the site's language, as WordPress translates them: "Icono del sitio",
# "Icône du site", "Ícone do site", "Icona del sito", "Website-Icon", "Site-icoon")
SITE_ICON_LOCALISED = "[ÍI]cono del sitio|Icône du site|Ícone do site|Icona del sito|Website-Icon|Site-icoon"
LOGO_NAME = re.compile(
    # (SITE_ICON: a theme's "Site icon" or "Site logo" before the name, the picture's text: "Site icon Example News")
    # (LOGO_THEN_EDITION: the name printed beside it with its edition's, "Example logo Example Town": the name is the logo's)
    rf"^(?P<logo>{_SELF_NAME}) (?:logo|Logo|LOGO)(?: (?P=logo)(?: [A-Z][\w'’-]*+){{0,2}})?$|^(?:Logo|LOGO|Site icon|Site logo|{SITE_ICON_LOCALISED}):? (?P<logo_first>{_SELF_NAME})$"
    # (SITE_ICON_LOWER_CASE: after the theme's words, a one-word name as the site writes it, "Site icon examplenews")
    rf"|^(?:Site icon|Site logo|{SITE_ICON_LOCALISED}):? (?P<icon_word>[a-z0-9][\w.-]{{2,30}})$"
)
# AGENCY_SIGNOFF (in wire): one to three words after a paragraph's last full stop.
AGENCY_AFTER_STOP = re.compile(r"[.!?][\"”’]? (?P<name>[A-Z][\w.&-]*+(?: [A-Z][\w.&-]*+){0,2})$")
# AGENCY_SIGNOFF_MARKED (in wire): or in brackets, after a dash or between slashes ("... the board said. (Reuters)",
# "... said. — AFP", "... said. -- Xinhua", "... said. /TASS/"): a registered agency's name only.
_SIGNED_NAME = r"[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,3}"
AGENCY_MARKED_AFTER_STOP = re.compile(
    rf"[.!?][\"”’]?\s?(?:\((?P<bracketed>{_SIGNED_NAME})\)|[-–—]{{1,2}}\s?(?P<dashed>{_SIGNED_NAME})|/(?P<slashed>{_SIGNED_NAME})/)\s*$"
)
# OUTLET_STAFF_PHOTO (in _outlet_by_rules): "Jane Roe / Example Daily News" alone on a line.
STAFF_PHOTO = re.compile(
    r"^(?P<person>[A-Z][\w.'’-]*+(?: (?:(?:de|da|di|du|del|della|van|von|der|den|la|le|dos|das|bin) )?[A-Z][\w.'’-]*+){1,3})"
    r" ?/ ?(?P<paper>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,5})$"
)
# (PHOTO_LABEL_NAME_COMMA_PAPER: the same credit after a photo's label, the paper after a comma: "Photo: Jane Roe,
# Example Times")
STAFF_PHOTO_LABELLED = re.compile(
    r"^(?i:photo|photograph|picture|image|foto)\s?:\s?"
    r"(?P<person>[A-Z][\w.'’-]*+(?: (?:(?:de|da|di|du|del|della|van|von|der|den|la|le|dos|das|bin) )?[A-Z][\w.'’-]*+){1,3})"
    r", (?P<paper>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,5})$"
)
# OUTLET_STAFF_PHOTO_NAMED_AGAIN: a credit's second part that is no newspaper's name counts when the page prints it
# again in its own words ("Jane Roe/Example" and "Example studied the bills ..."): the site credits its own
# photographer. Platforms, picture sources and credit words are never the site.
MAX_CREDITS_SEARCHED = 3
NOT_A_SITE = PHOTO_LIBRARIES | frozenset(
    """facebook twitter x instagram youtube tiktok linkedin telegram vk weibo wechat flickr wikipedia wikimedia
    courtesy file handout supplied contributed staff pool contributor""".split()
)
# OUTLET_LEAD_NAME: up to MAX_MASTHEAD_WORDS capitalised words and a spaced dash at a first paragraph's start.
SIGNATURE_PAPER = re.compile(
    r"[–—-]{1,2}\s?(?P<names>[^\W\d_][^,–—|()]{2,80}),\s(?P<paper>(?:The\s)?[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,4})"
)
LEAD_SITE = re.compile(
    # (PLACE_THEN_SITE: the dateline's place in capitals may come first: "SEMARANG, Example.id - Residents ...")
    # (TITLE_CASE_PLACE: "Banjarbaru, Example.com – ..."; PLACE_AFTER_COLON: "EXAMPLE.COM: HARBOUR CITY – ...")
    r"^(?:[A-Z][\w.'’-]++(?:\s[A-Z][\w.'’-]++){0,3},\s)?(?P<site>(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*+(?:\.[A-Za-z0-9-]++){0,3}\.[A-Za-z]{2,12})(?![\w.])"
    r"(?:\s*+,\s*+[A-Z][A-Za-z.'’ ]{1,30}?|:\s*+[A-Z][A-Z.'’ ]{1,30}?)?"
    r"\s++(?:--|[-–—])\s"
)
# (PLACE_THEN_PAPER: the dateline's place and a comma may come first, "Jakarta, Example Times - ...", the place one that
# archive.byline's is_place knows)
LEAD_NAME = re.compile(
    r"^(?:(?P<place>[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,2}),\s)?(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){1,4})\s[-–—]\s"
)
# (PLACE_THEN_PAPER_COLON: or a colon after the paper's name, the place before it, "Beijing, The Example Observer:
# Russian President ..."; without the place, "Putin: ..." opens a quotation)
LEAD_PLACE_NAME_COLON = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,2}),\s(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){1,4}):\s"
)
# LEAD_SITE_AND_WIRE: a first paragraph opening with the site's name, a dash, the agency it draws on and a colon
# ("Example 24 – dpa: Russian President ..."): the site publishes, the agency is the wire (an agency by the registry's
# or AGENCY_BY_ITS_WORD's lights; a place before the dash is a dateline's: "MOSCOW – dpa:").
# Read in the first LEAD_SITE_LINES paragraphs: a date line or a caption the cleaning kept may stand above it.
LEAD_SITE_LINES = 3
LEAD_SITE_AND_WIRE = re.compile(
    r"^(?P<site>[A-Z][\w.&'’-]*+(?:\s(?:[A-Z][\w.&'’-]*+|\d{1,3})){0,3})\s[-–—]\s(?P<wire>[A-Za-z][\w.-]{1,20}(?:\s[A-Z][\w.-]*+){0,2}):\s"
)
# AGENCY_BEFORE_THE_DASH: a first paragraph opening with an agency's name alone, a dash or a colon, then the text ("AFP -
# La Russie et la Chine ...", "Reuters: The council ..."), no place before it: the agency is the wire (the registry's
# agencies only: "Putin: ..." opens a quotation).
AGENCY_BEFORE_THE_DASH = re.compile(r"^(?P<wire>[A-Z][\w.&'’-]*+(?:\s[A-Z][\w.&'’-]*+){0,3})\s?[-–—:]\s+(?=\S)")
# PLACE_ANY_CASE_THEN_AGENCY: a place written in small letters after its capital, one to three words, then the agency in
# brackets and a dash ("Moskva (Example Agency) - ...", "Pékin (AFP) – ..."), where LEAD_DATELINE wants capitals: the
# registry's agencies only, as above.
PLACE_ANY_CASE_THEN_AGENCY = re.compile(
    r"^[A-Z][\w'’.-]*+(?:\s[A-Z][\w'’.-]*+){0,2}\s?\((?P<wire>[^()]{2,40})\)\s?[-–—]\s+(?=\S)"
)
# ACCORDING_TO_IN_BRACKETS: the same credit in brackets before the text ("(According to Example News Agency) The
# president ..."); "according to" in the sentence itself says where a fact came from, and names no wire.
ACCORDING_TO_IN_BRACKETS = re.compile(r"^[(\[](?i:according to|via|from)\s(?P<wire>[^()\[\]]{2,40})[)\]]\s+(?=\S)")
# OUTLET_REPEATED_SUFFIX: the part after the last spaced dash of a line (a run of spaces entered at its start only).
DASH_END = re.compile(r"(?<!\s)\s+[-–—]\s+(?=[^-–—]*$)")

# WIRE_CREDIT_LINE: a credit line that is an agency's name and nothing else but a date or time: "(Xinhua)",
# "- Associated press", "Xinhua) 09:22, May 25, 2023".
# The tail after the name is digits and punctuation with words of up to 9 letters, a digit between two words ("09:22,
# May 25, 2023", "12 Mar 2019 GMT"). It is written so that each character has one way to match: the earlier
# "(?:\d[\d\W]*[A-Za-z]{0,9}[\d\W]*)*" split a run of digits between its repetitions in exponentially many ways
# ("Reuters 1 1 1 ... 1 abcdefghijk" ran for minutes at 16 digits; issue 16).
# (DATE_AFTER_THE_NAME: the tail may open with a month's name, "Agence France-Presse April 15, 2022 15:47:34 IST";
# the name stops before it, not "Agence France-Presse April")
_TAIL_WORD = r"[A-Za-z]{1,9}(?![A-Za-z])"
_TAIL_MONTH = r"(?i:" + MONTH_NAMES + r")\.?\s+(?=\d)"
CREDIT_NAME = re.compile(
    r"^[\W_]*(?P<name>[A-Za-z][A-Za-z .'’&-]{1,40}?)[\W_]*"
    rf"(?:(?:{_TAIL_MONTH})?\d[\d\W]*(?:{_TAIL_WORD}\W*\d[\d\W]*)*(?:{_TAIL_WORD}\W*)?)?$"
)
# WITH_MATERIAL_FROM: a credit line saying the copy drew on agencies ("(With inputs from Example Agency)", "With inputs
# of ...", "- Mit Material der Nachrichtenagentur dpa", "With files from ...", "Additional reporting by Example Agency"):
# each name an agency's, else a writer's help (left alone)
WITH_MATERIAL_FROM = re.compile(
    r"^[-–—(\[]?\s*+(?i:(?:with )?(?:additional )?inputs? (?:from|of)|with (?:files|material|reporting) from|"
    # (BASED_ON_REPORTING: "Based on reporting by AFP and TASS")
    r"based on (?:reporting|reports) (?:by|from)|"
    r"additional reporting by|mit material (?:der nachrichtenagentur(?:en)?|der agentur(?:en)?|von)|"
    # (WITH_INFORMATION_FROM: the same in Portuguese and Spanish, "Com informações do Example", "A informação é do
    # Example", "Con información de Example")
    r"com informa[çc](?:õ|o)es (?:do|da|de|dos|das)|a informa[çc][ãa]o é (?:do|da|de)|with information (?:from|by)|"
    r"con informaci[óo]n (?:de|del)|con informaciones (?:de|del)|"
    # (WITH_AN_AGENCY: the bare "with" before an agency, "(mit dpa)", "(con EFE)", "Avec AFP", and the Russian "using the
    # materials of", "С использованием материалов ТАСС", "По материалам ТАСС": the names an agency's only, as below)
    r"(?P<bare>mit|con|com|avec|with)|с использованием материалов|по материалам)\s++"
    # (CREDIT_GOES_ON: a semicolon starts the credit's next part, "Additional reporting by Jane Roe; Editing by John
    # Doe": the names before it are writers', no source's)
    r"(?P<names>[^()\[\];]{2,60}?)\s*+[)\]]?\.?$"
)


def _credited_source(name: str, registry: Registry) -> bool:
    """An agency, or a capitalised name that is no person's ("LiveLaw", "Example News"): a source the copy drew on."""
    return names_an_agency(name, registry) or (
        name[:1].isupper() and len(name.split()) <= MAX_MASTHEAD_WORDS and not _is_name(name)
    )


COPYRIGHT_MARKS = ("©", "(c)", "(C)", "Copyright", "copyright", "COPYRIGHT")
BRACKETS_AROUND_A_NAME = " ()（）[]【】-–—"  # (AGENCY_IN_ITS_SCRIPT, in wire: "（中新社）" is the agency's name)
BAR_PARTS = re.compile(r"(?<!\s)\s+[|–—]\s+")  # a site's title and its tagline
# WIRE_SOURCE_LINE: "Source: France 24 [French state media]", "Source:Reuters-Global Times Published: 2017/7/5".
# "Full story: Example TV", "Read more at: Example News", "Originally published at Example Daily" say the same.
# ARTICLE_SOURCE_LINE: "Article Source: Latest From Example News Read More", "Source of data and images: example-daily"
# (a label before "source", "of ..." after it; "Latest from" and "Read More" around the name are the widget's words).
# READ_ORIGINAL_LINE: "Read the original article on Example FM." (an aggregator's reprint names its source so).
# FOREIGN_SOURCE_LINE: the label in the languages archive.metaline knows (FOREIGN_SOURCE_LABELS: "Forrás: MTI",
# "Quelle: dpa", "Nguồn tin: Example"; Vietnamese "nguồn tin", "news source", as well as "nguồn").
SOURCE_LINE = re.compile(
    r"^(?:(?:(?:article|news|original)\s)?(?:source|sources|source\(s\))(?:\sof\s[a-z ]{1,30}?)?\s*:|via\s*:|"
    rf"(?:{FOREIGN_SOURCE_LABELS}|nguồn\s+tin)\s*:|"
    r"full\s+story\s*:|read\s+more\s+at\s*:|"
    r"(?:this\s+(?:article|story|post)\s+was\s+)?originally\s+published\s+(?:at|by|in|on)\s*:?|read\s+the\s+original\s+(?:article|story)\s+(?:on|at)\s|"
    # CONTINUE_READING_AT: an excerpt's link to the rest of the story, in English and other languages ("Continue
    # reading on Example.com", "Continua a leggere su Example.it", "Sigue leyendo en", "Lire la suite sur", "Weiterlesen
    # auf", "Continue lendo em", "Baca selengkapnya di"; a Russian site's "Читать на <its own address>" is its own link)
    # (the name a capitalised one or a site's address: "Continue reading on page 2" names no source)
    r"(?:continue\s+reading\s+(?:on|at)|read\s+the\s+full\s+(?:story|article)\s+(?:on|at)|continua\s+(?:a\s+)?leggere\s+su|"
    r"sigue\s+leyendo\s+en|lire\s+la\s+suite\s+sur|weiterlesen\s+(?:auf|bei)|continue\s+lendo\s+(?:em|no|na)|"
    r"baca\s+selengkapnya\s+di)\s(?-i:(?=[A-Z]|[\w-]+\.[a-z]{2,})))"
    r"\s*(?:(?:latest|more|news|stories)\s+from\s+)?(?P<name>[^\[(|]+?)\s*(?:\s+read\s+more)?\.?\s*"
    # (RIGHTS_AFTER_THE_SOURCE: "Read the original article on Example Blog. Copyright 2014.", the notice is no part of it)
    r"(?:[\[(|©]|\b(?:published|updated|posted|last|copyright)\b|$)",
    re.I,
)
SOURCE_SPLIT = re.compile(r"(?:(?<!\s)\s*)?(?:-|/|,|\band\b)\s*")  # (?<!\s): see PIECES
MAX_SOURCE_WORDS = 6
MAX_AGENCY_PART_WORDS = 4  # AGENCIES_CREDITED: an agency's name in a list of agencies ("Press Trust of India")
SHORT_CREDIT_CHARS = 80  # a kept line read as a possible credit is shorter than this ...
MAX_DESCRIBED_SOURCE_CHARS = 160  # ... but a source line saying what the source is (SOURCE_WITH_DESCRIPTION)
# Line rules whose lines may still credit a source or a site (other dropped lines, photo credits above all, do not).
CREDIT_RULES = frozenset((rules.SOURCE_CREDIT, rules.COPYRIGHT_FOOTER))
# Photo credits name the photographer's agency, not the copy's: never a wire source.
PHOTO_RULES = frozenset((rules.CAPTION, rules.CAPTION_CREDIT, rules.PHOTO_SLUG, rules.IMAGE_FILE))


# SOURCE_AFTER_A_SLASH: the byline's separator left before the label ("/ Source: Example.com") is no part of it
SOURCE_LINE_LEAD = " /|–—-"


# LINK_LABEL_AS_SOURCE: a reprint's source link whose words are the link's own label ("Source: Read Full Article",
# "Source: Click here", "Source: Original article"): the address hid behind it, no name is printed
# (a source may be named with such a word, "Visit Example", "Open Example Foundation": only the link's own words count)
LINK_LABEL_AS_SOURCE = re.compile(
    r"^(?:(?:read|view|see)\s+(?:the\s+)?(?:full\s+|original\s+)?(?:article|story|post|more|here)\b.*|click\s+here\b.*|"
    r"(?:the\s+)?(?:full|original)\s+(?:article|story|post)|here|link)$",
    re.I,
)


def _source_line(text: str) -> re.Match[str] | None:
    match = SOURCE_LINE.match(text.strip().lstrip(SOURCE_LINE_LEAD).strip())
    return None if match is not None and LINK_LABEL_AS_SOURCE.match(match["name"].strip()) else match


@dataclass(frozen=True, slots=True)
class Found:
    """A name read from one line, and the rule that read it."""

    name: str
    rule: str
    line: int
    text: str


# REGISTERED_OUTLET_BESIDE_AN_AGENCY: a source line naming a registered news agency and a registry outlet that is no
# agency, though reprints cite it as a source ("Source: Reuters-Global Times"): the outlet is the page's own, the agency
# the copy's wire
def _outlet_beside_an_agency(parts: list[str], registry: Registry) -> list[str]:
    canonical = [registry.canonical("outlets", part) for part in parts]
    agencies = [part for part, name in zip(parts, canonical, strict=True) if registered_agency(name, registry)]
    outlets = [part for part, name in zip(parts, canonical, strict=True) if name and not registered_agency(name, registry)]
    return outlets if len(agencies) == 1 and len(outlets) == 1 else []


def registered_agency(canonical: str | None, registry: Registry) -> bool:
    """A registry outlet whose role says it is a news agency."""
    entity = registry.entity("outlets", canonical) if canonical else None
    return entity is not None and "agency" in entity.role.casefold()


# LOWER_CASE_INITIALS: an agency's initials are written in capitals ("AA", "AP"); in small letters ("aa" under the
# headline) they are a user's name or a typing slip, unless the agency writes itself so (archive.byline's
# LOWER_CASE_AGENCIES)
MAX_INITIALS_LETTERS = 3
MAX_MIXED_CASE_INITIALS = 2  # (two letters, "AA" or "AP", are an agency's only in capitals; "Tass" or "Efe" are names)


# AGENCY_BY_ITS_WORD: a name of two to five words opening or ending with the word "agency" in the archive's languages,
# its other words capitalised ("De nuestra Agencia", "from our agency", names no agency)
AGENCY_WORDS = frozenset("agency agence agencia agência agenzia agentur ajansı ajansi агентство агенція".split())
MIN_AGENCY_NAME_WORDS, MAX_AGENCY_NAME_WORDS = 2, 5
AGENCY_NAME_WORD = re.compile(r"[\w.&'’-]+")  # (a label's colon or brackets, "Source(s):", make no name's word)


def is_agency(name: str, registry: Registry) -> bool:
    """A news agency or wire (archive.byline's list, or a registry outlet whose role says so)."""
    key = name.strip().casefold()
    if len(key) <= MAX_INITIALS_LETTERS and name.strip().islower() and key not in LOWER_CASE_AGENCIES:
        return False
    if len(key) <= MAX_MIXED_CASE_INITIALS and not name.strip().isupper():
        return False  # MIXED_CASE_INITIALS: "Aa" is a page's font-size control, no agency's "AA"
    if key in WIRE_NAMES:
        return True
    words = key.split()
    named = all(
        (word[:1].isupper() or word[:1].isdigit()) and AGENCY_NAME_WORD.fullmatch(word)
        for word in name.split()
        if word.casefold() not in AGENCY_WORDS
    )
    by_its_word = words[0] in AGENCY_WORDS or words[-1] in AGENCY_WORDS
    if MIN_AGENCY_NAME_WORDS <= len(words) <= MAX_AGENCY_NAME_WORDS and by_its_word and named:
        return True  # AGENCY_BY_ITS_WORD: "Agence QMI", "Agencia Example", "Example News Agency", "Example Ajansı"
    canonical = registry.canonical("outlets", name.strip())
    return registered_agency(canonical, registry) or bool(canonical and canonical.casefold() in WIRE_NAMES)


# AGENCY_INSIDE_A_NAME: a name made of an agency's name and more ("dpa-AFX", "AFP Agence France-Presse", "Reuters/
# Example") is an agency's service or credit, never the page's own outlet. Only these agencies' short names count as
# such a part: other WIRE_NAMES ("china daily", "rt") are outlets' names and ordinary words inside longer names.
AGENCY_PARTS = frozenset("afp ap dpa reuters xinhua tass ria efe ansa kyodo yonhap upi interfax sputnik anadolu bernama".split())
NAME_PARTS = re.compile(r"[\s/–—-]+")


def names_an_agency(name: str, registry: Registry) -> bool:
    """The name is an agency's, or has an agency's short name as one of its parts (AGENCY_INSIDE_A_NAME)."""
    return is_agency(name, registry) or any(part.casefold() in AGENCY_PARTS for part in NAME_PARTS.split(name.strip()))


# WIRE_EDITION: a release wire names its edition or desk after a hyphen ("/PRNewswire-Asia-FirstCall/",
# "/PRNewswire-USNewswire/", "/PRNewswire-EXAMPLE PR WIRE/"): the service is the name before it
WIRE_EDITION = re.compile(
    r"^(?P<service>[A-Z][A-Za-z]{0,30}?(?:wire|Wire|WIRE))(?:-[A-Za-z]{1,30}(?: [A-Za-z]{1,30}){0,3}){1,4}$"
)


# QUOTED_NAME: a name in quotation marks ("به گزارش «Example آنلاین»", "according to “Example News”") is the name
# without them.
NAME_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "“", "‹": "›", "「": "」", "『": "』"}


# CREDIT_LABEL_ON_THE_NAME: a credit's label run onto the name ("Credit...The Example Times Archives", "Photo: Example
# News") is no part of it.
CREDIT_LABEL_ON_NAME = re.compile(r"^(?i:credits?|photos?|images?)\s*+(?:\.{2,}|…|:)\s*+")


def _name(written: str, registry: Registry) -> str:
    written = CREDIT_LABEL_ON_NAME.sub("", written.strip(" .,:;-–—"))
    if len(written) > 2 and NAME_QUOTES.get(written[0]) == written[-1]:
        written = written[1:-1].strip()
    kind = written.rsplit(None, 1)
    if len(written.split()) >= 3 and kind[-1].casefold() in PAPER_KIND_WORDS:
        written = kind[0]  # PAPER_KIND_AFTER_ITS_NAME: the name, without what it is
    # ACRONYM_IN_LOWER_CASE: a credit's acronym typed in lower case ("Forrás: mti") is the registry's acronym ("MTI"),
    # whose form keeps its case elsewhere (in running text "mti" is no name; here it stands alone as the credit)
    lowered_acronym = registry.canonical("outlets", written.upper()) if written.islower() else None
    return registry.canonical("outlets", written) or lowered_acronym or written


# Small words a newspaper's name may hold in lower case or as a sign ("Express & Star", "Voces del Periodista").
NAME_GLUE = frozenset("of & and de del la el di da do das dos der die des".split())
SECTION_SMALL_WORDS = frozenset("in on at for to from with".split())
PUBLISHER_WORDS = frozenset("company co inc corporation".split())
# PAPER_KIND_AFTER_ITS_NAME: the paper's name, then what it is ("The Example-Review Newspaper", "Example Herald
# Newspapers"): the name before it names the paper
PAPER_KIND_WORDS = frozenset("newspaper newspapers".split())


# PAIRED_NEWSPAPER_WORDS: two newspaper words joined by "&" or "and" are a name of their own ("Express & Star",
# "Post and Courier", "Mail & Guardian"), though neither word is distinctive alone.
PAIRED_NAME = re.compile(r"^(?:The\s)?(?P<a>[A-Z][a-z]+)(?:\s(?:&|and)\s|-)(?P<b>[A-Z][a-z]+)$")
# (HYPHENED_PAPERS: two newspaper words joined by a hyphen, "Herald-Journal", "The Post-Gazette", are a paper's name, as
# two papers merged)


# THE_PAPER: "The" and one newspaper word that names no section ("The Observer", "The Guardian", "The Times"; not
# "The News", "The Daily", "The Weekly", which GENERIC_WORDS holds).
# (FOREIGN_THE_PAPER: the same with the article of the paper's language, "El Correo", "La Tribuna", "Il Giornale",
# "Die Presse", "O Jornal", "De Krant")
THE_PAPER = re.compile(r"^(?:The|El|La|Le|Il|Lo|Der|Die|Das|De|Het|O|A)\s(?P<word>[A-Z][^\W\d_]+)$")


def _made_of(name: str, words: frozenset[str]) -> bool:
    """Every word of the name (case-folded) is one of the words: a generic name, a section's or a desk's."""
    return {w.casefold() for w in name.split()} <= words


CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")
MIN_GLUED_MENU_ITEMS = 3


def _glued_menu_items(text: str) -> bool:
    parts = CAMEL_PARTS.findall(text)
    return len(parts) >= MIN_GLUED_MENU_ITEMS and all(part.endswith("s") for part in parts)


# (WRITERS_CARD: or over the date's label alone, "Jane Roe" / "Jane Roe" / "Posted on" / the date)
POSTED_LABEL = re.compile(r"^(?i:posted|published|updated)(?: (?i:on|at))?\s?:?$")


def _two_paper_words(name: str) -> bool:
    return len({w.casefold() for w in name.split()} & (NEWSPAPER_WORDS - GENERIC_WORDS)) >= 2


# THE_SUBJECT_PAPER: "The", a subject a section may be named for, and a newspaper's word that names no section ("The
# Business Times", "The Sports Journal"): a paper's name; a section is named without "The" ("Business News").
THE_SUBJECT_PAPER = re.compile(r"^The\s(?P<subject>[A-Z][a-z]+)\s(?P<word>[A-Z][a-z]+)$")


def _paper_word_twice(name: str) -> bool:
    """SECTIONS_RUN_TOGETHER: "Market News Top 10 News", one newspaper's word twice in a name: two menu items run
    together (the masthead line goes, as a menu's; it names no paper)."""
    words = [w.casefold() for w in name.split() if w.casefold() in NEWSPAPER_WORDS]
    return len(words) > len(set(words))


def _section_siblings(lines: list[tuple[int, str]]) -> set[str]:
    """SECTION_SIBLINGS: the last words that two short lines or more end with ("Property News" / "Residential News"): a
    menu's sections, none of them the paper's name. (CONTROL_NO_SIBLING: a control's verb in small letters before a
    capitalised name, "watch One-Minute World News" under "Example News", is a button, no section of a menu)"""
    short = {
        " ".join(t.split())
        for _, t in lines
        if 2 <= len(t.split()) <= MAX_MASTHEAD_WORDS and not (t.split()[0].islower() and t.split()[1][:1].isupper())
    }
    counts = Counter(t.split()[-1].casefold() for t in short)
    return {word for word, count in counts.items() if count >= MIN_SECTION_SIBLINGS}


def _the_paper(name: str) -> bool:
    words = name.split()
    if len(words) == 3 and words[-1].casefold() in EDITION_WORDS:
        name = " ".join(words[:-1])  # (THE_PAPER_ONLINE: "The Independent Online", the paper's web edition)
    the_paper = THE_PAPER.match(name.strip())
    if the_paper is not None:
        return the_paper["word"].casefold() in NEWSPAPER_WORDS - GENERIC_WORDS
    subject_paper = THE_SUBJECT_PAPER.match(name.strip())
    return (
        subject_paper is not None
        and subject_paper["subject"].casefold() in GENERIC_WORDS
        and subject_paper["word"].casefold() in NEWSPAPER_WORDS - GENERIC_WORDS
    )


# ISSUE_PAPER: when a paper comes out and a newspaper's word that names no section ("Daily Star", "The Sunday Times",
# "Morning Star", "Evening Standard"; not "Daily News", a section's name too).
ISSUE_PAPER = re.compile(r"^(?:The\s)?(?:Daily|Morning|Evening|Sunday|Weekly|Weekend)\s(?P<word>[A-Z][a-z]+)$")
# CJK_NEWSPAPER_NAME: a Chinese or Japanese paper's name ends with its kind ("南国早报", "人民日报", "环球时报"):
# two to six Han characters before it. A report, a bulletin or an alarm ("汇报", "简报", "警报") ends in 报 too: only
# these endings count.
CJK_NEWSPAPER_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,6}(?:日报|日報|晚报|晚報|早报|早報|晨报|晨報|时报|時報|商报|商報|周报|週報|导报|導報|都市报|青年报)$"
)

# JAPANESE_KOREAN_THAI_MASTHEAD: a Japanese paper's or broadcaster's name ends with 新聞 ("newspaper"), テレビ ("TV"),
# チャンネル ("channel") or 放送 ("broadcasting"); a Korean one with 신문, 일보 ("daily") or 방송; a Thai one with ทีวี ("TV").
# (BROADCAST_WORDS: "再放送" "rebroadcast", "生放送" "live broadcast", "本放送", "全国放送" name programmes, no broadcaster)
OTHER_SCRIPT_PAPER_NAME = re.compile(
    r"^(?!(?:再|生|本|全国|地上波|衛星)放送$)(?:[\u30a0-\u30ff\u4e00-\u9fff]{1,10}(?:新聞|新聞社|テレビ|チャンネル|放送)|[가-힣]{2,10}(?:신문|일보|방송)|[\u0e00-\u0e7f]{2,15}ทีวี)$"
)


JAPANESE_PRINT_NOTE = re.compile(
    r"^[※*]?\s?この記事は[、,]?\s?(?:\d{1,4}年)?(?:\d{1,2}月\d{1,2}日)?(?:付)?(?:の)?"
    r"(?P<paper>[\u30a0-\u30ff\u4e00-\u9fff]{1,10}?(?:新聞|新報|日報|タイムス|民報))(?:の)?(?:朝刊|夕刊|紙面|本紙)"
)


# CJK_SITE_MASTHEAD: a Chinese site's name alone above the text, "<name>网" or "<name>网站" ("<name> net", "<name>
# website"); words for networks of other kinds end so too ("互联网", the internet; "电网", a power grid).
CJK_SITE_MASTHEAD = re.compile(r"[\u4e00-\u9fff]{2,8}(?:网站|網站)|[\u4e00-\u9fff]{1,6}(?:网|網)")
NOT_CJK_SITES = (
    "互联网",
    "互聯網",
    "因特网",
    "局域网",
    "电网",
    "電網",
    "物联网",
    "物聯網",
    "关系网",
    "通信网",
    "铁路网",
    "公路网",
)


# NUMBERED_ITEM: a list's number before the words ("3. News", "2) Times"): an ordered menu or breadcrumb's item.
NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]")
# GLUED_SECTIONS: a newspaper's word run straight into a capitalised word ("National NewsPattaya News", "World
# NewsLocal News", "Example 9NewsLocal News"): two menu items copied without the space between them, no paper's name.
GLUED_SECTIONS = re.compile(r"(?P<paper>[A-Z][a-z]+)(?=[A-Z][a-z]{2,})")


CHANNEL_NUMBER = re.compile(r"\d{1,2}")


def _glued_section(word: str) -> bool:
    """GLUED_SECTIONS' first word: a newspaper's word, or a plural (PLURAL_SECTION: "Featured StoriesLocal News",
    "SportsLocal News": a menu's items are plural nouns; a brand's inner capital follows no plural, "IndustryWeek")."""
    return word.casefold() in NEWSPAPER_WORDS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))


# PAPER_WORD_FIRST: Romance languages put the paper's word first and its place after a preposition ("L'Hebdo de
# Example et Loire", "La Dépêche du Example", "Diário de Example", "Corriere della Example", "El Heraldo de Example"): the
# paper's word, then "de"/"du"/"della"... and one to four capitalised words (joined by "et", "e", "y").
# ROMANIAN_PAPER_FIRST: Romanian names the paper's word with its article first, then the name ("Ziarul Example",
# "Monitorul de Example", "Jurnalul Example").
ROMANIAN_PAPER_FIRST = re.compile(
    r"^(?:Ziarul|Cotidianul|Jurnalul|Monitorul|Curierul|Observatorul|Gazeta)(?: de)? [A-ZĂÂÎȘȚ][\w-]*+(?: [A-ZĂÂÎȘȚ][\w-]*+){0,2}$"
)
PAPER_WORD_FIRST = re.compile(
    r"^(?:(?:L['’]|Le |La |Les |El |Il |Lo |O |A )?)(?P<word>(?i:hebdo|journal|courrier|gazette|écho|echo|dépêche|voix|républicain|"
    r"progrès|nouvelliste|quotidien|diario|diário|jornal|giornale|gazzetta|corriere|eco|correo|periódico|periodico|heraldo|"
    r"voz|gazeta|tribune|tribuna|folha))"
    # (PAPER_WORD_THEN_TITLE: the paper's word, then its title's first word, "Jornal Folha do Example")
    r"(?: [A-ZÀ-Ý][\w'’-]*+)?"
    r" (?:de la |de l['’]|de |du |des |d['’]|della |dello |delle |di |do |da |dos |das |del )"
    r"[A-ZÀ-Ý][\w'’-]*+(?: (?:et |e |y |and )?[A-ZÀ-Ý][\w'’-]*+){0,3}$"
)

# ENGLISH_PAPER_OF_A_PLACE: English names the paper's word first too, then "of" and its country or city ("Times of
# Example", "The Gazette of Example", "Voice of the Example"): one to three capitalised words after it.
# (the place one the build knows as a place: "Times of Trouble" is a headline)
ENGLISH_PAPER_OF_A_PLACE = re.compile(
    r"^(?:The )?(?:Times|Gazette|Herald|Tribune|Voice|Post|Journal|Chronicle|Star|Mail|Observer) of (?:the )?"
    r"(?P<place>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2})$"
)
# PAPER_WORD_THEN_ITS_NAME: a Spanish, Portuguese or Italian paper's word, then its name with or without an article
# ("Diario La Example", "Periódico El Example", "Jornal Example", "Semanario Example"): one to three capitalised words.
PAPER_WORD_THEN_ITS_NAME = re.compile(
    r"^(?:Diario|Diário|Periódico|Periodico|Jornal|Semanario|Semanário|Gazzetta|Quotidiano|Giornale) "
    r"(?:(?:El|La|Los|Las|O|A|Il|Lo|Le|Les|Do|Da|De|Del) )?[A-ZÀ-Ý][\w'’-]*+(?: [A-ZÀ-Ý][\w'’-]*+){0,2}$"
)
# HYPHENATED_PAPER_WORDS: two papers' words joined ("Example Press-Reporter", "Post-Gazette", "Democrat-Gazette") are
# one name, no writer's name with a credit run on ("Jane Roe-Reporter")
HYPHENATED_PAPER_WORD = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")


def _hyphenated_paper_word(word: str) -> bool:
    return bool(HYPHENATED_PAPER_WORD.match(word)) and {part.casefold() for part in word.split("-")} <= NEWSPAPER_WORDS


def _paper_of_a_place(text: str) -> bool:
    of_a_place = ENGLISH_PAPER_OF_A_PLACE.match(text)
    return of_a_place is not None and is_place(of_a_place["place"])


EDITION_WORDS = frozenset("online digital live".split())


# "Author" in the languages of the archive's sources: a template's label, no paper's name
AUTHOR_LABEL_WORDS = frozenset("author authors autore autori autor autores auteur auteurs autorin verfasser".split())
FONT_NAMES = frozenset("default helvetica segoe georgia times arial verdana tahoma roboto serif sans-serif monospace".split())
MIN_FONT_NAMES = 3
CLOCK_IN_NAME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


MAX_TODAY_NAME_WORDS = 3


# BUTTON_IN_CAPITALS: a button's word in capitals inside the line ("FOLLOW", "SUBSCRIBE", "SHARE"): a writer's card or
# a bar of controls run together, no paper's name
BUTTON_IN_CAPITALS = re.compile(r"\b(?:FOLLOW|SUBSCRIBE|SHARE|UNFOLLOW|SIGN IN|LOG IN)\b")


def is_newspaper_name(text: str) -> bool:
    """A newspaper's name: 2 to MAX_MASTHEAD_WORDS capitalised words (or numbers: "5 Example News"), the last one a
    NEWSPAPER_WORDS word (of a hyphenated word, its last part: "The Herald-Mail"), one of them not generic; or
    PAIRED_NEWSPAPER_WORDS, THE_PAPER, ISSUE_PAPER, CJK_NEWSPAPER_NAME, CJK_SITE_MASTHEAD."""
    head = text.strip().rsplit(None, 1)[0] if " " in text.strip() else ""
    if head[:1].isdigit() and parse_date(head) is not None:
        return False  # DATE_THEN_SECTION: "22 Nov 2021 News" is the date line and the section, no paper's name
    if CLOCK_IN_NAME.search(text):
        return False  # CLOCK_IN_NAME: "Seit 12:00 Uhr Nachrichten", a bulletin's time, no paper's name
    if BUTTON_IN_CAPITALS.search(text):
        return False  # BUTTON_IN_CAPITALS: "Jane FOLLOW TOP CONTRIBUTOR News", a writer's card and its button, no name
    if len({w.casefold() for w in text.split()} & FONT_NAMES) >= MIN_FONT_NAMES:
        return False  # FONT_MENU: "Default Helvetica Segoe Georgia Times", a text-size box's fonts, no paper's name
    paired = PAIRED_NAME.match(text.strip())
    if paired and {paired["a"].casefold(), paired["b"].casefold()} <= NEWSPAPER_WORDS - GENERIC_WORDS:
        return True
    if _the_paper(text):
        return True
    issue_paper = ISSUE_PAPER.match(text.strip())
    if issue_paper and issue_paper["word"].casefold() in NEWSPAPER_WORDS - GENERIC_WORDS:
        return True
    if CJK_NEWSPAPER_NAME.match(text.strip()) or OTHER_SCRIPT_PAPER_NAME.match(text.strip()):
        return True
    paper_first = PAPER_WORD_FIRST.match(text.strip())
    if paper_first and paper_first["word"][:1].isupper():
        return True
    if ROMANIAN_PAPER_FIRST.match(text.strip()):
        return True
    if _paper_of_a_place(text.strip()) or PAPER_WORD_THEN_ITS_NAME.match(text.strip()):
        return True
    if CJK_SITE_MASTHEAD.fullmatch(text.strip()) and not text.strip().endswith(NOT_CJK_SITES):
        return True
    words = text.replace("’", "'").split()
    if len(words) >= 3 and words[-1].casefold().strip(".") in PUBLISHER_WORDS | PAPER_KIND_WORDS:
        words = words[:-1]  # PAPER_COMPANY: the paper's publisher, "The Example Times Company", names the paper
    if len(words) >= 3 and CHANNEL_NUMBER.fullmatch(words[-1]):
        words = words[:-1]  # CHANNEL_NUMBER: a station's channel after its name ("WGAL News 8")
    if len(words) >= 3 and words[-1].casefold() in EDITION_WORDS and words[-2].casefold() in NEWSPAPER_WORDS:
        words = words[:-1]  # PAPER_ONLINE: the paper's web edition after its name ("Example News Online")
    if not 2 <= len(words) <= MAX_MASTHEAD_WORDS or words[-1].casefold().rsplit("-", 1)[-1] not in NEWSPAPER_WORDS:
        return False
    if NUMBERED_ITEM.fullmatch(words[0]):
        return False  # NUMBERED_ITEM: "3. News" is a breadcrumb's third item, no paper's name
    if words[-1].casefold() == "today" and len(words) > MAX_TODAY_NAME_WORDS:
        return False  # TODAY_ENDS_A_HEADLINE: "Industry Chiefs Swap Chairs Today" tells when; "Example Business Today" is a name
    if len(words) >= 3 and words[-2].casefold() in HEADLINE_VERBS:
        # HEADLINE_VERB_BEFORE_THE_PAPER_WORD: a headline in title case may end on a paper's word ("Trade Hits Record",
        # "Putin Meets Press"): its verb right before that word says so; no paper's name has one there
        return False
    if any(_glued_section(glued["paper"]) for w in words for glued in GLUED_SECTIONS.finditer(w)):
        return False  # GLUED_SECTIONS: "National NewsPattaya News" is two menu items run together
    if words[-1].casefold() == "news" and is_country(" ".join(words[:-1])):
        return False  # COUNTRY_SECTION: "U.S. News", "UNITED STATES NEWS": a national or world site's section, no paper
    if "," in text:
        return False  # a list of sections ("Festivals, News"), not one paper's name
    if words[0].casefold() in LIST_LABEL_WORDS:
        return False  # LIST_LABEL_FIRST
    if words[0].casefold() in CALL_WORDS:
        return False  # CALL_BEFORE_NAME: "Contact Example News", "Follow Example Times": a link naming the paper, no name
    glued = unglued_tail(text.strip()) != text.strip() and not _hyphenated_paper_word(words[-1])
    if words[0].casefold() == "by" or glued:
        return False  # CREDIT_BEFORE_NAME (and NAME_THEN_WIRE: "Jane Roe Associated Press", a writer and her agency): "By Jane Roe Associated Press" credits a writer and the agency, no masthead
    # (CYRILLIC_SENTENCE_CASE: Russian and Ukrainian papers capitalise the first word only, "Новая газета")
    cyrillic = "\u0400" <= words[0][:1] <= "\u04ff"
    if not all(w[:1].isupper() or w[:1].isdigit() or cyrillic for w in words if w.casefold() not in NAME_GLUE):
        return False
    # (SMALL_WORDS_NAME_NOTHING: "IN THE NEWS", "News in Brief": a section's small words are no paper's own word)
    return _two_paper_words(text) or any(
        w.casefold() not in GENERIC_WORDS | NEWSPAPER_WORDS | NAME_GLUE | SECTION_SMALL_WORDS for w in words
    )


_is_newspaper_name = is_newspaper_name


def names_an_outlet(name: str, registry: Registry) -> bool:
    """The name is an outlet's: a registry outlet (an agency or a broadcaster), a wire, or a newspaper's name."""
    return bool(registry.canonical("outlets", name.strip())) or is_agency(name, registry) or is_newspaper_name(name)


# PLATFORM_BUTTON: a news platform's name above the headline is a "follow us on" button, never the site's masthead.
PLATFORM_NAMES = frozenset(
    "google news|apple news|yahoo news|msn|msn news|flipboard|smartnews|newsbreak|feedly|google discover".split("|")
)


# LABELLED_NO_MASTHEAD: a line with a label and its colon ("Source: THE EXAMPLE TIMES", "Фото: Example Agency") is a
# credit, for the source and credit rules to read: no masthead, however newspaper-like the value after the label.
LABEL_BEFORE_VALUE = re.compile(r"^[^\W\d_][\w.-]*+(?: [\w.-]++){0,2}?\s?:\s")


# CONTROL_BEFORE_NAME: a line opening with a page control's word ("Login Register", "Search Public Works News": the
# controls and the search box's placeholder) is the header's controls, no masthead.
CONTROL_OPENING = re.compile(r"^(?i:login|log in|sign in|sign up|search|menu|subscribe|skip to)\b")


# MASTHEAD_CRUMBS: the site's name opening its trail, the crumbs apart by wide gaps ("Example.com Home   News"): the
# name is the first crumb's, without the trail's "Home"
WIDE_GAP = re.compile(r"\s{2,}")


# LIST_LABEL_AFTER_THE_NAME: the site's name, then the label of its news list ("HPD Latest News", "Example Breaking News"):
# the name without the label, which names a list, not the site
LIST_LABEL_AFTER = re.compile(r"(?<=\S)\s(?i:latest|breaking|top|trending)\s(?i:news|stories|headlines|updates)$")


# INITIALLED_NAME (in MASTHEAD_PRINTED_AGAIN): a middle initial and its stop between capitalised words ("Jane M. Roe")
# are a person's name; a paper's name spells its words out.
INITIAL_IN_A_NAME = re.compile(r"(?<=[^\W\d_]) [A-Z]\. (?=[A-Z])")


# PLACE_DASH_PAPER: a line of the dateline's place, a spaced dash and a paper's name only ("New York - Example Today"):
# where the paper files from and its name, a masthead (archive.clean takes it out of the text and never for a headline)
def place_dash_paper(text: str) -> str | None:
    """The paper's name of a PLACE_DASH_PAPER line, or None."""
    parts = [part.strip() for part in re.split(r" [–—-] ", text.strip())]
    return parts[1] if len(parts) == 2 and is_place(parts[0]) and is_newspaper_name(parts[1]) else None


# BRAND_ON_TOP: the page's first line alone, shaped as a brand, not as a section's name: a figure glued to a capitalised
# word ("1News", "7News"), one word with a capital inside ("OneFootball"; after a small prefix, two: "iHeartRadio"), or
# "The" and two capitalised words ("The Example Growl"): the site's masthead. A platform's name ("YouTube"), a section's
# label and a menu's items glued together ("CreatorsPublishersAdvertisers") are no brand.
BRAND_SHAPE = re.compile(
    r"^(?:\d{1,2}[A-Z][a-z]{2,}|[a-z]{1,3}(?:[A-Z][a-z]+){1,2}|[A-Z][a-z]+[A-Z][a-z]+|The [A-Z][a-z]{2,} [A-Z][a-z]{2,})$"
)


def _brand_on_top(text: str) -> str | None:
    text = text.strip()
    if not BRAND_SHAPE.match(text) or CAMEL_CASE_NOT_BRAND.match(text):
        return None
    if text.casefold() in PLATFORM_NAMES or text.casefold() in CAMEL_CASE_PLATFORMS:
        return None
    key = rules.key_of(text)
    return None if key in rules.SECTION_LABELS or key in rules.NAV_LABELS else text


def _masthead_name(text: str, registry: Registry) -> str | None:
    text = LIST_LABEL_AFTER.sub("", text.strip())
    text = place_dash_paper(text) or text  # PLACE_DASH_PAPER
    if WIDE_GAP.search(text):
        text = WIDE_GAP.split(text)[0].removesuffix(" Home").strip()  # MASTHEAD_CRUMBS
    if LABEL_BEFORE_VALUE.match(text) or CONTROL_OPENING.match(text):
        return None
    if rules.CYRILLIC_MEDIA_CREDIT.match(text):
        return None  # (a picture's credit over the text, "Стоп-кадр Example газета", names the picture's source)
    if text.casefold() in PLATFORM_NAMES or LOGO_NAME.match(text):
        return None  # (a logo's text names the site by OUTLET_SELF_NAMED's rule: "Example News Logo Example News")
    canonical = registry.canonical("outlets", text)
    if canonical:
        # AGENCY_ALONE_ABOVE: a news agency's name alone above the text (its registry role says so) credits the copy
        # ("STT" over a reprint), as the wire rules read it; it names no masthead. A paper's name there is the
        # masthead, though the wire rules know it as a source too ("Global Times", "China Daily").
        return None if registered_agency(canonical, registry) else canonical
    address = _site_address(text)
    if address:
        return _name(address.lower(), registry)
    if rules.OFFICIAL_SITE_LINE.match(text):
        return text  # (archive.rules' OFFICIAL_SITE_LINE: "Official website of the President of Example", as printed)
    # MASTHEAD_SITE_TAGLINE: the site's address, then its slogan ("Example-News.org - Press Release Distribution")
    first, dash, _ = text.partition(" - ") if " - " in text else text.partition(" | ")
    address = _site_address(first) if dash else None
    if address:
        return _name(address.lower(), registry)
    return _name(text, registry) if _is_newspaper_name(text) and not beat_role(text) else None


# MASTHEAD_SPELLS_ITS_ADDRESS: a short line above the text whose letters spell the name part of a site address the
# page prints ("iSPIGL" over "internetové noviny ispigl.eu"; "Harbour Ledger" and "harbourledger.com" in the footer):
# the site's name, as its masthead prints it. Only the part before the address's suffix counts, so a section's word
# spells no site ("News" with "news.example.com"); a platform's or an agency's name is no masthead (its address is
# printed on many pages), nor a line with figures (a date, a count).
# (at least MIN_SPELLED_NAME_LETTERS letters, as OUTLET_LEAD_NAME_SPELLED reads them)
MAX_SPELLED_NAME_WORDS = 4
SECOND_LEVEL_LABELS = frozenset("co com org net gov ac edu ne or go".split())  # ("example.co.uk", "example.com.au")


def _registrable_label(site: str) -> str:
    labels = site.casefold().split(".")
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL_LABELS and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else ""


def _masthead_spelling_an_address(
    head: list[tuple[int, str]], menu_items: set[int], every_line: list[tuple[int, str]], registry: Registry
) -> tuple[int, str] | None:
    addresses = {_registrable_label(m["site"]) for _, text in every_line if "." in text for m in SITE.finditer(text)}
    for number, text in head:
        name = text.strip()
        letters = _letters(name)
        if number in menu_items or not 1 <= len(name.split()) <= MAX_SPELLED_NAME_WORDS or any(ch.isdigit() for ch in name):
            continue
        if len(letters) >= MIN_SPELLED_NAME_LETTERS and letters in addresses and letters not in PLATFORM_NAMES:
            if not is_agency(name, registry) and not _made_of(name, GENERIC_WORDS):
                return number, text
    return None


# COLUMNISTS_CARD: a person's name printed over the headline, then a line naming a writer's role ("Jane Roe" / "Jane Roe"
# / "EXAMPLE YAZARI", "... Columnist"): a columnist's card, an avatar's text and the name, not the site's name printed
# twice.
WRITERS_ROLE_WORD = re.compile(
    r"\b(?i:yazar[ıi]?|yazarı|columnist|kolumnist(?:a|ka)?|chroniqueur|chroniqueuse|colunista|columnista|editorialista|"
    r"author|writer|колумнист|обозреватель|автор)\b"
)


def _columnists_card(text: str, every_line: list[tuple[int, str]]) -> bool:
    if not _is_name(text):
        return False
    last = max((k for k, (_, line) in enumerate(every_line) if line.strip() == text), default=-1)
    after = every_line[last + 1][1] if 0 <= last < len(every_line) - 1 else ""
    return bool(WRITERS_ROLE_WORD.search(after)) and len(after.split()) <= MAX_MASTHEAD_WORDS


# MASTHEAD_CALLED_A_PAPER: a name of one to three words alone among the first lines, that another of them prints right
# after the word "newspaper" ("النهار" / "جريدة النهار المصرية ...", "the Egyptian newspaper al-Nahar"; "газета «Пример»",
# "jornal Exemplo"): the page's own paper. The word comes first in these languages; the name is the line's as printed.
PAPER_WORDS_BEFORE = r"(?:جريدة|صحيفة|روزنامه|газета|газети|gazeta|jornal|periódico|diario|giornale|journal)"
MAX_CALLED_NAME_WORDS = 3


def _masthead_called_a_paper(first_lines: list[tuple[int, str]]) -> tuple[int, str] | None:
    for number, text in first_lines:
        name = text.strip()
        if not 1 <= len(name.split()) <= MAX_CALLED_NAME_WORDS or any(ch.isdigit() for ch in name):
            continue
        called = re.compile(rf"(?<!\w){PAPER_WORDS_BEFORE}\s[«\"“]?{re.escape(name)}(?!\w)", re.I)
        if any(n != number and called.search(other) for n, other in first_lines):
            return number, name
    return None


def registered_outlet(registry: Registry) -> Callable[[str], bool]:
    """Whether a name is a registry outlet's (any of its forms), for archive.headline's TITLE_REGISTRY_SUFFIX."""
    return lambda name: registry.canonical("outlets", name.strip()) is not None


HONORIFIC_OPENING = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)(?:\.\s?|\s)(?=[A-Z])")


def _title_suffix_outlet(text: str, clean: CleanArticle, registry: Registry) -> str | None:
    """OUTLET_TITLE_SUFFIX: the name after a title's bar ("Headline | Example Times", archive.headline) is the site's
    when it is surely a name (a registry outlet, a site's address, a newspaper's name) or when the page prints the
    headline again without it (the page's <title>, then its headline): else it may be a section ("| World")."""
    headline = split_headline(text, clean.raw.lines, registered_outlet(registry))
    if HONORIFIC_OPENING.match(headline.dash_suffix or headline.bar_suffix or ""):
        return None  # SPEAKER_SUFFIX: "Headline : Dr. Jane Roe" names who said it, no site
    # TITLE_SUFFIX_SHARED (archive.headline): the suffix is the tagline the site prints after its own name on another
    # line ("Example Network – Saudi News"): that name is the outlet
    for site in (" ".join(name.split()) for name in headline.tagline_sites):
        if 0 < len(site.split()) <= MAX_MASTHEAD_WORDS and site.casefold() != headline.text.casefold():
            return _name(site, registry)
    if headline.dash_suffix and "," in headline.dash_suffix:
        return None  # (SECTIONS_LISTED_SUFFIX, archive.headline: a tagline listing sections, no name alone)
    if headline.dash_suffix and _made_of(headline.dash_suffix, GENERIC_WORDS | LIST_LABEL_WORDS):
        return None  # GENERIC_DASH_SUFFIX: "Headline - Example News - Latest News", the site's tagline, no name
    if headline.dash_suffix and not SITE.fullmatch(headline.dash_suffix):
        # "Headline - Example Times" under an "Example Times" line: a name the page prints on its own (TITLE_DASH_SUFFIX);
        # a site's address after a dash may be an aggregator's source ("Headline - Example.com"): not the outlet
        return _name(headline.dash_suffix, registry)
    if not headline.bar_suffix:
        return None
    name = _masthead_name(headline.bar_suffix, registry)
    if name:
        return name
    if station_shaped(headline.bar_suffix) and not is_agency(headline.bar_suffix, registry):
        return _name(headline.bar_suffix, registry)  # (STATION_SUFFIX, archive.headline: "Headline | Bay Radio")
    printed_bare = any(" ".join(line.split()) == headline.text for line in clean.raw.lines)
    if printed_bare and len(headline.bar_suffix.split()) <= MAX_MASTHEAD_WORDS and not is_agency(headline.bar_suffix, registry):
        # LOWER_CASE_SECTION_SUFFIX: "Headline | Mumbai news", a word in lower case, is the page's section, no name
        words = headline.bar_suffix.split()
        if all(w[:1].isupper() or w[:1].isdigit() or w in NAME_GLUE_WORDS or not any(c.isalpha() for c in w) for w in words):
            return _name(headline.bar_suffix, registry)
    return None


# OURS_NOT_A_NAME: a credit saying "our" ("SUNCHALES (De nuestra Agencia). -", "(From our correspondent)") names the
# site's own office, not the site: no outlet's name.
OUR_WORDS = frozenset(
    "our nuestra nuestro nuestros nuestras notre nos nostro nostra nostri nosso nossa nossos unser unsere unseres unserem "
    "nasz naszej naszego наш нашего нашей наша".split()
)


def _says_ours(name: str) -> bool:
    return any(word.casefold() in OUR_WORDS for word in name.split())


def _dateline(clean: CleanArticle) -> tuple[int, str, list[str]] | None:
    """(line, text, pieces) of the dateline at the head of the first body lines, or None."""
    body = [line for line in clean.lines if line.role in (STANDFIRST, PARAGRAPH, DATELINE, BYLINE)]
    for line in body[: DATELINE_LINES + 1]:
        m = LEAD_DATELINE.match(line.text)
        if not m:
            continue
        if m.group("slash"):
            # (PLACES_BETWEEN_SLASHES: "ISLAMABAD/KARACHI/LAHORE/PESHAWAR: ...", the cities the story was filed from: a
            # place between the slashes, or a word run onto the closing one, is no agency)
            if is_place(m.group("slash").strip()) or line.text[m.end() : m.end() + 1].isalpha():
                continue
            return line.number, line.text, [m.group("slash").strip()]
        pieces = [p.strip(" ,.") for p in PIECES.split(m.group("paren"))]
        return line.number, line.text, [p for p in pieces if p and not HAS_DIGIT.search(p)]
    return None


# OUTLET_STAFF_CREDIT: a byline that calls its writer the outlet's staff ("By Jane Roe, The Example Times staff writer",
# "Jane Roe | Example Courier correspondent"): the page's own outlet. An agency named so ("a Reuters correspondent")
# is where the copy came from, not the page (left to the wire rules). Words and spaces are bounded: linear on any line.
# STAFF_AFTER_BY: "By the Example Journal staff", "By Example Times Staff" (the credit's "By" and "the" before the name;
# "Staff" capitalised too); "Example.ng journalist Jane Roe" (a journalist too). "By Staff, Agencies" names none: the
# credit's "By" is never the name. (STAFF_OF_A_NUMBERED_STATION: a number among its later words, "By Example News 13
# Staff", a station's channel.)
STAFF_CREDIT = re.compile(
    r"(?:^(?:[Bb]y\s(?:the\s)?)?|[,|–—-]\s{0,3})(?P<outlet>(?![Bb]y\s)(?:The\s)?[A-Z][\w.&'’-]{0,30}(?:\s(?:[A-Z][\w.&'’-]{0,30}|\d{1,3}|of|de|&)){0,4})\s{1,3}"
    # ("Staff" capitalised too; other roles in lower case: "Foreign Affairs Correspondent" is a beat, no outlet)
    r"(?P<role>[Ss]taff\s+(?:[Ww]riter|[Rr]eporter|[Pp]hotographer)|[Ss]taff|correspondent|reporter|contributor|columnist|journalist)s?\b"
)


def _section_name(name: str) -> bool:
    """A section's name, in English or another language ("Deportes", "World News"): no site's (DESK_OF_A_SECTION)."""
    key = rules.key_of(name)
    return rules.section_label(name, key) or key in rules.FOREIGN_SECTION_LABELS


# STAFF_LINE (in _outlet_by_rules): "Example Radio News - Staff Reporters", the site's name, a dash and its staff.
THEME_CREDIT = re.compile(r"\b(?:wordpress|theme|template|powered by|designed by|developed by)\b", re.I)
DESK_STAFF_WORDS = frozenset("editorial web newsroom desk our".split())
# BEAT_ROLE: a beat and a role alone ("Court Reporter", "Senior Political Correspondent"), a byline without its name,
# printed once or again at the head of the page: no paper's name ("Harbour Reporter" is one).
BYLINE_ROLE_WORDS = frozenset("reporter correspondent writer editor staff photographer columnist contributor".split())
BEAT_WORDS = frozenset(
    """senior chief staff political business sports court crime health education deputy assistant special foreign
    diplomatic parliamentary agriculture municipal regional provincial entertainment environment metro city economics
    science features investigations investigative legal junior principal"""
    # (and the topics, regions and kinds of posting a role names: "Defence Correspondent", "Asia Correspondent", "Our
    # Correspondent", "Roving Reporter")
    """ our own defence defense energy technology tech transport travel finance financial economic economy home security
    medical arts art culture media weather motoring property markets industry farming rural national local state world
    asia europe africa america americas pacific gulf arctic china india us uk eu un un-accredited accredited resident
    roving visiting news""".split()
)
PAPER_CORRESPONDENT = re.compile(r"^(?P<paper>[A-Z][\w.&'’-]{1,30}) (?:Correspondent|Reporter|News Service)$")


def beat_role(text: str) -> bool:
    words = text.casefold().split()
    return 2 <= len(words) <= 3 and words[-1].rstrip("s") in BYLINE_ROLE_WORDS and all(w in BEAT_WORDS for w in words[:-1])


STAFF_LINE = re.compile(
    r"^(?P<outlet>[A-Z0-9][\w.&'’-]{0,30}(?: [A-Z0-9][\w.&'’-]{0,30}){0,4}) [-–—|] (?:[Ss]taff|STAFF)(?: (?:[Rr]eporters?|[Ww]riters?|REPORTERS?|WRITERS?))?\.?$"
    # (SITE_NEWS_DESK: the site's desk credited alone, "Example News Desk (DS)", "Example webdesk", "Example Sports Desk
    # Example Sports Desk": the site's name before the desk's words, an editor's initials in brackets perhaps)
    r"|^(?P<desk_site>[A-Z0-9][\w.&'’-]{0,30}(?: [A-Z0-9][\w.&'’-]{0,30}){0,3}?) (?:(?:News|Sports?|Web|Online|Digital|Editorial) )?"
    r"(?:Desk|desk|webdesk|Webdesk)(?: \([A-Z]{1,4}\))?$"
)
# OUTLET_ABOUT_LINK: a menu row of three or more links, one of them "About <Name>" ("About Example News | Contact |
# Privacy"; "Acerca de", "À propos de", "Über", "Sobre", "О"): the site names itself. "About us" names nothing.
BYLINE_HEAD = re.compile(r"^(?:By|Por|Par|Von|От)\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][^|]{2,80}\s\|\s")  # "By Jane Roe, ... | In a city"
MENU_ITEM_SPLIT = re.compile(r"(?<!\s)\s++[|·•]\s+")  # a run of spaces entered at its start only: linear
MIN_MENU_ITEMS = 3
ABOUT_LINK = re.compile(
    r"^(?:About|Acerca\s+de|A\s+propos\s+de|À\s+propos\s+de|Über|Sobre|Chi\s+siamo\s*-|О)\s+"
    r"(?P<outlet>[A-ZÀ-ÖØ-ÞА-ЯЁ0-9][\w.&'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ0-9&][\w.&'’-]*){0,3})$"
)
NOT_AN_OUTLET_NAME = frozenset("us me this the author our we nous nosotros uns нас".split())


def _about_link_outlet(text: str) -> str | None:
    items = [item.strip() for item in MENU_ITEM_SPLIT.split(text.strip())]
    if len(items) < MIN_MENU_ITEMS:
        return None
    for item in items:
        m = ABOUT_LINK.match(item)
        if m and m.group("outlet").split()[0].casefold() not in NOT_AN_OUTLET_NAME:
            return m.group("outlet")
    return None


def outlet(clean: CleanArticle, registry: Registry) -> Found | None:
    """The page's publisher, where the page names it (see the module's rules), or None. A name that is no registry
    outlet and holds an agency's name is an agency's service or credit (AGENCY_INSIDE_A_NAME): unknown, not wrong."""
    found = _outlet_by_rules(clean, registry)
    if found and found.rule == AGENCY_FOOTER:
        return found
    if found and not registry.canonical("outlets", found.name) and names_an_agency(found.name, registry):
        return None
    return found


# AGENCY_FOOTER: an agency's own site ends its pages with its copyright ("© 2019 RIA Novosti. All rights reserved.",
# "© 2024 Xinhua"): a © naming an agency is the page's owner when it is the page's footer: below the article's last
# paragraph, with a year, and among the page's last lines or saying its rights are reserved. Elsewhere, or without a
# year ("© Reuters"), it credits a photo.
FOOTER_LAST_LINES = 3
MIN_HANDLE_LETTERS = 5  # (a shorter word in lower case is initials typed small: "© hbn." with its notice after it)
HANDLE = re.compile(r"^[^\W\d_]++\d++$")  # a user name: letters, then digits ("Example10")
AGENCY_FOOTER = "outlet-agency-footer"
OWN_SOURCE = "outlet-own-source"  # SOURCE_HEADS_THE_PAGE
RIGHTS_RESERVED = re.compile(
    r"all rights? reserved|все права защищены|tous droits réservés|todos los derechos|版权所有|版權所有", re.I
)


# REPRINT_NOTICE: "... This material may not be published, broadcast, rewritten or redistributed." is the notice an
# agency's copy carries onto every site that reprints it: the agency owns the copy there, not the page.
# (REPUBLICATION_PROHIBITED: "Republication or redistribution of EXAMPLE content, including by framing ..., is expressly
# prohibited")
REPRINT_NOTICE = re.compile(
    r"\bmay not be (?:published|reproduced|redistributed|republished|rewritten|broadcast)\b"
    r"|\b(?:republication|redistribution)\b[^.]{0,120}\b(?:prohibited|forbidden)\b",
    re.I,
)


def _agency_owns_the_page(dropped: Dropped, below: int, page_lines: int) -> bool:
    if dropped.rule != rules.COPYRIGHT_FOOTER or dropped.number <= below or not re.search(YEARS, dropped.text):
        return False  # (a footer states its year; "© Reuters" under the last paragraph credits a photo)
    if REPRINT_NOTICE.search(dropped.text):
        return False
    return dropped.number > page_lines - FOOTER_LAST_LINES or bool(RIGHTS_RESERVED.search(dropped.text))


# STAFF_BYLINE_OVER_AGENCY_FOOTER: a byline crediting the staff of a source that is no agency ("By Example TV Staff")
# says the page's own newsroom wrote it: an agency's © in the footer under it is the site's template (a station group's
# pages carry the agency's notice on every story), not the page's owner nor the copy's source.
def _own_staff_byline(clean: CleanArticle, registry: Registry) -> bool:
    for line in clean.lines:
        if line.role != BYLINE:
            continue
        for m in STAFF_CREDIT.finditer(line.text):
            if m["role"].casefold().startswith("staff") and not is_agency(m["outlet"].strip(), registry):
                return True
    return False


def _every_line(clean: CleanArticle) -> list[tuple[int, str]]:
    """Every non-blank line, dropped or kept, as (number, text), in the page's order."""
    return sorted([(line.number, line.text) for line in clean.lines] + [(d.number, d.text) for d in clean.dropped])


# SHORT_LINES_UNDER_THE_NOTICE: the text's end, for a © line, is its last paragraph of more than this many words: short
# lines kept under the notice ("Featured Whitepapers" / "Featured Webinars") are furniture the cleaning left, and leave
# the notice under the text, not inside it.
MAX_LEFT_FURNITURE_WORDS = 3


# BYLINE_TO_THE_PAPER: a byline crediting the paper itself ("By The Example Tribune"): the site's own staff copy, no
# writer named; a newspaper's name (is_newspaper_name), no agency's.
# (WRITER_FIELD_PAPER: or the writer's field holding the paper's name, "Writer: Example News Online", "Author: ...")
WRITER_FIELD = re.compile(r"^(?i:writer|author|by)\s?:")
# (PUBLISHED_BY_THE_PAPER: "Publicado por Jornal Example", "Published by The Example Times": the paper posted it, on
# whatever line the cleaning left it)
# (HOW_OFTEN_PUBLISHED: "Published daily by the Example Institute": how often, between the verb and "by")
PUBLISHED_BY = (
    r"(?:published|posted|publicad[oa]|publié|pubblicato)(?: (?:daily|weekly|monthly|quarterly|online))? (?:by|por|par|da)"
)
PUBLISHED_BY_LINE = re.compile(rf"^(?i:{PUBLISHED_BY})\s")
# (BULLET_AFTER_THE_CREDIT: a separator left after the credit by the page's next item, "By The Example Dispatch •")
BULLET_AFTER_THE_CREDIT = re.compile(r"(?<=\S)\s*+[•·|–—]$")
BYLINE_TO_THE_PAPER = re.compile(
    rf"^(?i:{PUBLISHED_BY}|by|von|par|por|door|av|af|(?:writer|author|by)\s?:)\s*+(?P<paper>[^,|:/]{{3,60}}?)\s*$"
)


# BYLINE_SLASH_SITE: a "By" credit whose parts between slashes hold the site's address ("By: Jane Roe/example.com/
# Ghana"): the writer, the site, the country; the address names the outlet (a picture library's is no site).
# (BYLINE_SLASH_PAPER: or a newspaper's name, "by Jane Roe/Example Independent", no agency's: "Jane Roe/Reuters" is
# the wire's)
# (PAPER_THEN_ROLE: the writer's post after the paper's name, "By Jane Roe/Example News Editor": the paper without it)
PAPER_THEN_ROLE = re.compile(r"(?<=\S)\s(?:Editor|Reporter|Correspondent|Staff Writer|Writer|Columnist)$")


def _site_in_slashed_byline(text: str, registry: Registry) -> str | None:
    if "/" not in text or not BY_PREFIX.match(text.strip()):
        return None
    for part in (PAPER_THEN_ROLE.sub("", p.strip()) for p in text.split("/")[1:]):
        address = _site_address(part)
        if address and address.lower().split(".")[0] not in PHOTO_LIBRARIES:
            return address.lower()
        generic = _made_of(part, GENERIC_WORDS | NEWSPAPER_WORDS | DESK_STAFF_WORDS)
        if (
            is_newspaper_name(part)
            and not generic
            and not beat_role(part)
            and not is_agency(part, registry)
            and not _is_name(part)
        ):
            return part  # (a role, "Staff Reporter", is the writer's)
    return None


# STAFF_BEFORE_THE_PAPER: "By The Staff The Example Press", "By Staff of the Example Times": the staff's words go
# before the paper's name is read (an agency's then is the wire's, no outlet).
STAFF_BEFORE_THE_PAPER = re.compile(r"^(?:The\s)?(?i:staff)(?:\s(?i:of|at))?\s(?=\S)")


# BYLINE_THEN_ITS_DATE: the credit, a bar and the date's field after it ("By Example Guardian | Posted: February 20,
# 2014"): the credit is read alone.
# PUBLISHED_BY_AN_INSTITUTION: "Published daily by the Example Institute": a publisher that is no paper, an institution
# (its name ending in INSTITUTION_WORDS) that publishes the page.
CREDIT_BAR = re.compile(r"(?<!\s)\s++\|\s+")
INSTITUTION_WORDS = frozenset(
    "institute institution foundation centre center council society association forum trust university press".split()
)


# PAPER_IN_CAPITALS_AFTER_THE_NAME (archive.byline's PAPER_IN_CAPITALS): a credit's writer in small letters, then the
# paper's name in capitals opening with its article ("By Jane Roe THE EXAMPLE", "Escrito por Juan Pérez EL EJEMPLO")
PAPER_IN_CAPITALS_TAIL = re.compile(
    rf"(?<=[a-zß-ÿ])\s(?P<paper>(?:{'|'.join(sorted(ARTICLES_IN_CAPITALS))})(?:\s[A-ZÀ-Þ][A-ZÀ-Þ.'’&-]*+){{1,4}})$"
)


def _paper_in_byline(text: str, registry: Registry) -> str | None:
    text = agency_after_the_writer(without_date_before_the_credit(text.strip()))[
        0
    ]  # (AGENCY_AFTER_THE_WRITER)  # (DATE_BEFORE_THE_CREDIT: "May 3, 2020 By Example Times")
    tail = PAPER_IN_CAPITALS_TAIL.search(text.strip())
    writer = parse_meta_line(text.strip()[: tail.start()]) if tail else None
    if tail and writer is not None and writer.names and not is_agency(tail["paper"], registry):
        return tail["paper"]
    parts = CREDIT_BAR.split(text.strip())
    if len(parts) > 1 and all(parse_meta_line(part) is not None for part in parts[1:]):
        head = BYLINE_TO_THE_PAPER.match(parts[0])
        if head and paper_not_person(head["paper"]) and not is_agency(head["paper"], registry):
            return head["paper"]
    paper = BYLINE_TO_THE_PAPER.match(BULLET_AFTER_THE_CREDIT.sub("", text.strip()))
    name = STAFF_BEFORE_THE_PAPER.sub("", paper["paper"]) if paper else ""
    if paper is not None and PUBLISHED_BY_LINE.match(text.strip()) and name.split()[-1:] and _institution(name):
        return re.sub(r"^(?i:the)\s", "", name)
    if paper is not None and len(name.split()) >= 2 and station_shaped(name) and not is_agency(name, registry):
        return name  # (STATION_SUFFIX's shape, archive.headline: "By Example TV", "By Radio Example")
    if paper is None or not is_newspaper_name(name) or is_agency(name, registry):
        return None
    if paper_not_person(name):
        return name
    meta = parse_meta_line(text.strip())
    return None if meta is not None and meta.names else name  # ("By Jane Roe Staff Reporter": a writer)


# PAPER_WORD_NO_SURNAME: a paper's name whose last word no person bears as a surname ("Example Guardian", "Example
# Gazette"; "Jane Post" or "John Star" may be people) is the paper's, in a "By" credit too: its staff's copy.
NO_SURNAME_PAPER_WORDS = frozenset(
    """times news daily tribune gazette journal telegraph courier chronicle observer guardian examiner inquirer dispatch
    sentinel advertiser bulletin ledger enquirer gleaner clarion spectator statesman telegram intelligencer picayune
    newswire""".split()
)


def paper_not_person(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in NO_SURNAME_PAPER_WORDS and is_newspaper_name(name)


def _institution(name: str) -> bool:
    words = re.sub(r"^(?i:the)\s", "", name).split()
    return (
        2 <= len(words) <= MAX_MASTHEAD_WORDS
        and words[-1].casefold() in INSTITUTION_WORDS
        and all(w[:1].isupper() or w.casefold() in NAME_GLUE for w in words)
    )


# BYLINE_PART_PAPER: a "By" credit's parts between spaced dashes, slashes or bars, one of them the paper: "By Jane Roe -
# For the Example Herald" (FOR_THE_PAPER: the paper a contributor writes for; "Special to The Example Times"), "By The
# Example / Editor" (BY_THE_NAME: "The" and one capitalised word, no person's name, before the desk), "By Example Today
# Published Date - 01:30 PM" (the paper's name, then the date's label, DATE_LABEL_TAIL). An agency's name is the wire's;
# a role, a desk or a generic word ("By The Editor", "By The Staff") names no paper.
FOR_THE_PAPER = re.compile(r"^(?i:for|special to)\s(?:the\s|The\s)?(?P<paper>[A-Z][\w.&'’-]*+(?:\s[A-Z][\w.&'’-]*+){0,4})$")
BY_THE_NAME = re.compile(r"^The\s[A-Z][\w'’-]++$")
DATE_LABEL_TAIL = re.compile(r"\s(?i:published|posted|updated|last updated)(?:\s(?i:date|on|at))?\s?:?$")
BYLINE_PARTS = re.compile(r"\s[-–—|/]\s")


# (FOLLOW_ALONE in the languages of the archive's sources: "Segui Example", "Suivez Example", "Folgen Sie Example")
FOLLOW_ALONE = re.compile(
    r"^(?i:follow|segui|seguici|siga|sigue|síguenos|suivez|suivre|folgen(?: sie)?|folge|volg) "
    r"(?P<name>[A-Z][\w.&-]*+(?: [A-Z][\w.&-]*+){0,3})$"
)


# NAME_BEFORE_THE_BY: the site's name, a slash or a bar, then the "By" credit ("Example Today / By Jane Roe, 28 July
# 2025"): two to MAX_MASTHEAD_WORDS capitalised words, no person's, place's, agency's or section's name.
NAME_BEFORE_THE_BY = re.compile(r"^(?P<name>[^\W\d_][\w.&'’-]*+(?: [^\W\d_][\w.&'’-]*+){1,4})\s[/|]\s(?i:by)\s")


def _name_before_the_by(text: str, registry: Registry) -> str | None:
    found = NAME_BEFORE_THE_BY.match(text.strip())
    if found is None:
        return None
    name = found["name"]
    if not all(w[:1].isupper() or w.casefold() in NAME_GLUE for w in name.split()):
        return None
    if _made_of(name, GENERIC_WORDS | NEWSPAPER_WORDS | DESK_STAFF_WORDS) or is_place(name) or is_agency(name, registry):
        return None
    return name if not _is_name(name) or is_newspaper_name(name) else None


def _paper_in_byline_parts(text: str, registry: Registry) -> str | None:
    before = _name_before_the_by(text, registry)
    if before:
        return before
    if not BY_PREFIX.match(text.strip()):
        return None
    parts = BYLINE_PARTS.split(text.strip())
    for i, part in enumerate(parts):
        part = (BY_PREFIX.sub("", part, count=1) if i == 0 else part).strip()
        for_the = FOR_THE_PAPER.match(part)
        name = for_the["paper"] if for_the else DATE_LABEL_TAIL.sub("", part).strip()
        # (BY_THE_NAME with its desk after it only: "By The Numbers" alone is a heading)
        the_name = BY_THE_NAME.match(name) is not None and len(parts) > 1
        if not (for_the or the_name or (i == 0 and name != part and is_newspaper_name(name))):
            continue
        plain = name.removeprefix("The ")
        words = GENERIC_WORDS | BYLINE_ROLE_WORDS | DESK_STAFF_WORDS
        if _made_of(plain, words) or _made_of(plain.rstrip("s"), words) or is_agency(name, registry):
            continue  # (a role or a desk, in the plural too: "By The Editors / Harbour")
        if _is_name(plain) and not is_newspaper_name(plain):
            continue  # (a person's name: "For Jane Roe"; "Harbour Sentinel" is shaped as one, and a paper's)
        return name
    return None


PRINT_EDITION_NOTE = re.compile(
    r"^Published in (?P<paper>(?:The )?[A-Z][\w&'’.-]*+(?: [A-Z][\w&'’.-]*+){0,4}), (?P<date>[^,].{5,30}?)\.?$"
)


# NOTICE_THEN_NAME (in _outlet_by_rules): after a rights notice, a spaced dash and a name in capitals, up to a comma, a
# dash or the end ("- EXAMPLE ASOCIADOS, Adaptado por ..."): a link's words ("Termini e Condizioni") are no capitals
NOTICE_DASH_NAME = re.compile(
    r"[.]?\s[-–—|]\s(?P<name>[A-Z0-9][A-Z0-9&.'’-]*+(?: [A-Z0-9][A-Z0-9&.'’-]*+){0,4})(?:,|\s[-–—|]|\.?$)"
)
# NOTICE_TO_NAME: or the notice reserves the rights to the name ("Todos direitos reservados a Example.", "Tous droits
# réservés à Example"), a capitalised name up to the full stop
NOTICE_TO_NAME = re.compile(r"\s(?:a|à|ao|para)\s(?P<name>[A-Z][\w&'’-]*+(?: [A-Z][\w&'’-]*+){0,4})(?:\.\s|\.?$)")


POSTED_ON_BY_THE = re.compile(
    r"^(?i:posted|published)\s(?i:on)\s(?P<date>[\w ,./-]{4,40}?)\s(?i:by)\s(?P<site>The\s[A-Z][\w'’&.-]*+(?:\s[A-Z][\w'’&.-]*+){0,3})$"
)


def _day_and_month(piece: str) -> bool:
    """A dateline piece that is a day and a month alone ("29 May", "May 29")."""
    found = _match_month_day(piece, 0)
    return found is not None and found[0] == len(piece)


def _site_address(text: str) -> str | None:
    """A site's address alone ("Example.com", "example.co.uk"), as printed; else None."""
    site = SITE.fullmatch(text.strip())
    return site.group("site") if site is not None and "." in site.group("site") else None


# AGENCY_SITE (AGENCY_SITE_IN_DATELINE): a site's address of one name and its domain, in either case ("EXAMPLE.RU",
# "example.com")
AGENCY_SITE = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{2,40}\.(?:(?i:com|net|org)|[A-Za-z]{2})")


def _a_site_address(text: str) -> bool:
    return _site_address(text) is not None


# PUBLICATION_AS_WRITER: a date line crediting "by The ..." and capitalised words ("Published Jun 26, 2025 8:30 PM by The
# Example Executive"): the publication wrote it, as a magazine credits its own staff copy; no person's name opens with
# "The". An agency or a desk so credited is no outlet.
THE_PUBLICATION = re.compile(r"The(?: [A-Z][\w&'’.-]*){1,4}")
# (EMPTY_AUTHOR_FIELD: "By , Example Daily Digital", see _outlet_by_rules)
EMPTY_AUTHOR_THEN_NAME = re.compile(r"(?i:by)\s*+,\s*+(?P<name>[^\W\d_][\w&'’. -]{1,60}?)\s*+")


def _publication_by(meta: MetaLine) -> str | None:
    after_by = [b.text for a, b in itertools.pairwise(meta.parts) if a.kind == "by" and b.kind == "words"]
    return after_by[0] if len(after_by) == 1 and THE_PUBLICATION.fullmatch(after_by[0]) else None


def _site_credit_name(name: str) -> bool:
    """A name a site credits itself by: capitalised, a few words, no person's, place's or section's name."""
    words = name.split()
    return (
        0 < len(words) <= MAX_MASTHEAD_WORDS
        and name[:1].isupper()
        and not _is_name(name)
        and not is_place(name)
        and not _section_name(name)
        and not _made_of(name, GENERIC_WORDS)
    )


# OUTLET_SOCIAL_ACCOUNTS: the site's accounts listed by platform ("Facebook : Example Gazette" / "TikTok : Example
# Gazette" / "Telegram : Example Gazette"): MIN_ACCOUNTS_NAMED lines or more naming one account (spaces aside:
# "ExampleGazette TV" is the same site's channel) name the site.
SOCIAL_ACCOUNT = re.compile(
    r"^(?i:facebook|twitter|x|instagram|youtube|tiktok|threads|telegram|whatsapp|spotify|linkedin|pinterest|snapchat)"
    r"(?i: channel)? ?: (?P<name>[^\W\d_][\w.&'’ -]{0,40})$"
)
MIN_ACCOUNTS_NAMED = 3


def _accounts_name(every_line: list[tuple[int, str]]) -> tuple[int, str] | None:
    named: dict[str, list[tuple[int, str]]] = {}
    for number, text in every_line:
        account = SOCIAL_ACCOUNT.match(text.strip())
        if account:
            name = account["name"].strip()
            named.setdefault(name.replace(" ", "").casefold(), []).append((number, name))
    for lines in named.values():
        if len(lines) >= MIN_ACCOUNTS_NAMED:
            return lines[0]
    return None


PROVIDED_BY = re.compile(r"provided by\b", re.I)
# NOTICE_WORD_HOLDER: the words of a rights notice read where its holder's name should stand
NOTICE_WORDS = frozenset({"copyright", "copyrights", "copyright ©", "©", "all rights reserved"})


def _outlet_by_rules(clean: CleanArticle, registry: Registry) -> Found | None:
    paragraphs = [line.number for line in clean.lines if line.role == PARAGRAPH]
    longer = [line.number for line in clean.lines if line.role == PARAGRAPH and len(line.text.split()) > MAX_LEFT_FURNITURE_WORDS]
    below = (longer or paragraphs or [0])[-1]  # SHORT_LINES_UNDER_THE_NOTICE
    for dropped in clean.dropped:
        text = rules.unmangled_sign(dropped.text.strip())  # (MANGLED_COPYRIGHT_SIGN: "Â© 2019 Example Gazette")
        inside = paragraphs and paragraphs[0] < dropped.number < below
        if inside and not (HOLDER_THEN_SITE.match(text) and rules.FOREIGN_RIGHTS_RESERVED.search(text)):
            continue  # COPYRIGHT_INSIDE_TEXT: a © line between the article's paragraphs credits a picture, not the page
            # (a rights notice naming its holder and site is the page's: a picture's credit has neither)
        copyright_line = dropped.rule == rules.COPYRIGHT_FOOTER or ("©" in text and dropped.number > below)
        distributor = DISTRIBUTED_BY.search(text) if copyright_line else None
        if distributor:  # SYNDICATED_COPYRIGHT: the holder wrote the copy, the distributor publishes this page
            return Found(_name(distributor["name"], registry), "outlet-distributor", dropped.number, dropped.text)
        text = STATION_FREQUENCY.sub("", text)  # ("© 2022 90.5 WXYZ": the station's name is its call letters)
        if "저작권" in text or "전재" in text:  # (KOREAN_BRACKETED_COPYRIGHT: "< Copyright ⓒ Example. 무단전재 및 재배포 금지 >")
            text = KOREAN_RIGHTS_LABEL.sub("", text).strip()
        if dropped.rule == rules.COPYRIGHT_FOOTER:
            m = (
                COPYRIGHT_HOLDER.match(text)
                or rules.RIGHTS_RESERVED_BY.match(text)
                or HOLDER_YEAR_NOTICE.match(text)
                or rules.NOTICE_THEN_HOLDER.match(text)
                or HOLDER_THEN_SITE.match(text)
                or COPYRIGHT_MID_NOTICE.search(text)
                or CJK_HOLDER_RIGHTS.match(text)
                or rules.PROPERTY_NOTICE.match(text)
            )
        elif dropped.number > below:
            m = HOLDER_BEFORE_SIGN.match(text)  # under the article, whatever rule dropped it
        else:
            continue
        if SYNDICATED_COPYRIGHT.match(text.strip()):
            continue  # SYNDICATED_COPYRIGHT (the copy's source, read as the wire)
        # (TRADEMARK_SIGN: "© Example Estate® — All Rights Reserved": the sign is no part of the name)
        holder = m.group("holder").strip(" -–—|").replace("®", "").replace("™", "").strip() if m else ""
        notice = rules.FOREIGN_RIGHTS_RESERVED.match(holder)
        if notice:
            # NOTICE_THEN_NAME: "© 2018 - Todos Los Derechos Reservados - EXAMPLE ASOCIADOS, Adaptado por ...": the name
            # after the notice and a dash, up to a comma
            after = NOTICE_DASH_NAME.match(holder, notice.end()) or NOTICE_TO_NAME.match(holder, notice.end())
            if after is None:
                continue  # NOTICE_NO_HOLDER: "© Riproduzione riservata - Termini e Condizioni": the notice, then a link
            holder = after["name"].strip()
        holder = HOLDER_BEFORE_DASH.split(holder, maxsplit=1)[0]  # ("© Example Gazzetta - Termini e Condizioni")
        site_after = NAME_AND_ITS_SITE.match(text[m.start("holder") :]) if m else None
        holder = site_after["name"] if site_after else holder  # ("ⓒ 예시일보 & Example.com": the paper's name)
        holder = _without_cjk_rights(COMPANY_SUFFIX.sub("", holder)).strip()
        # A © naming an agency, or running on into a sentence, is a photo's credit ("© AFP 2023 / Jane Roe A worker
        # places ..."): the photo's owner, not the page's.
        # A holder with a slash ("© JANE ROE / EXAMPLE / AFP") is a photographer and the agencies of a photo's credit;
        # a picture library ("© Getty Images") owns a photo; a person's name before the sign is a photographer's.
        if holder.casefold() in PHOTO_LIBRARIES or (dropped.rule != rules.COPYRIGHT_FOOTER and _is_name(holder)):
            continue
        if not holder or len(holder.split()) > MAX_HOLDER_WORDS or "/" in holder or CAPTION_GLUED_TO_CREDIT.search(holder):
            continue
        if holder.split()[-1].casefold() in PICTURE_AGENCY_WORDS:
            continue  # PICTURE_AGENCY_HOLDER: "© Example Image", "© Example Photos": a picture agency owns the photo
        if THEME_CREDIT.search(holder):
            continue  # THEME_CREDIT: "© Example WordPress Theme by Example Studio" credits the site's template's maker
        if PROVIDED_BY.match(holder):
            continue  # PROVIDED_BY_HOLDER: "© Provided by Example Post", an aggregator's credit to the copy's provider
        if holder.casefold().strip(" .,") in NOTICE_WORDS:
            continue  # NOTICE_WORD_HOLDER: "Copyright 2012 All Rights Reserved.": the notice's own word names no holder
        if not any(ch.isalpha() for ch in holder):
            continue  # HOLDER_NO_NAME: a number cut from a name ("© 2022 90.5 Example FM" read as "90") names no one
        # HANDLE_HOLDER: "© Example10 |", "©example", a stock photographer's user name (letters and digits, or one word
        # in lower case that is no site's address), no year, no notice
        handle = HANDLE.fullmatch(holder) or (
            holder.isalpha() and holder.islower() and len(holder) >= MIN_HANDLE_LETTERS and text.strip().endswith(holder)
        )
        if handle and not re.search(YEARS, text) and not RIGHTS_RESERVED.search(text):
            continue
        if not is_agency(holder, registry):
            return Found(_name(holder, registry), "outlet-copyright", dropped.number, dropped.text)
        if _agency_owns_the_page(dropped, below, len(clean.raw.lines)) and not _own_staff_byline(clean, registry):
            return Found(_name(holder, registry), AGENCY_FOOTER, dropped.number, dropped.text)

    title = clean.title
    leaders_matcher = registry.matcher("leaders")
    every_line = _every_line(clean)
    first_lines = [(number, text) for number, text in every_line if title is None or number < title.number]
    # MASTHEAD_ABOVE_TEXT: a masthead stands above the article's first paragraph ("Example News" under it, on a page
    # without a title, is a footer's link: "Follow us on Example News")
    first_paragraph = paragraphs[0] if paragraphs else None
    menu_items = {d.number for d in clean.dropped if d.rule == rules.NAV_BULLET}
    head = [(n, t) for n, t in first_lines[:MASTHEAD_LINES] if first_paragraph is None or n <= first_paragraph]
    # (by line and text: a raw line split in two, the store's date stamp and the masthead run into it, gives both)
    names = {(n, t): _masthead_name(t, registry) for n, t in head if n not in menu_items}
    # SECTION_SIBLINGS: two names or more above the text ending in the same word ("Property News" / "Residential News")
    # are a menu's sections, none of them the paper's name
    siblings = _section_siblings(head)
    for number, text in head:
        if number in menu_items:
            continue  # MENU_ITEM_NO_MASTHEAD: "• Example Gas News", a bulleted link of the site's menu, names a section
        name = names[number, text] or (_brand_on_top(text) if (number, text) == head[0] else None)
        if name and name.split()[-1].casefold() not in siblings and not _paper_word_twice(name):
            return Found(name, "outlet-masthead", number, text)
    spelling = _masthead_spelling_an_address(head, menu_items, every_line, registry)
    if spelling:
        return Found(_name(spelling[1].strip(), registry), "outlet-masthead-spells-its-address", *spelling)
    called = _masthead_called_a_paper(first_lines[:MASTHEAD_LINES])
    if called:
        return Found(called[1], "outlet-masthead-called-a-paper", called[0], called[1])
    # OUTLET_SERVICE_OF: the site's tagline naming who runs it ("Informing humanitarians worldwide 24/7 — a service
    # provided by UN OCHA", archive.rules SERVICE_TAGLINE), wherever the page prints it: the name, capitalised, no agency
    for number, text in every_line:
        tagline = rules.SERVICE_TAGLINE.match(text.strip())
        runner = tagline["service_of"].removeprefix("the ") if tagline else ""
        if runner[:1].isupper() and len(runner.split()) <= MAX_MASTHEAD_WORDS and not names_an_agency(runner, registry):
            return Found(_name(runner, registry), "outlet-service-of", number, text)
    # MASTHEAD_PRINTED_AGAIN: a short name printed on two or more of the first lines above the headline ("Example Bugle"
    # three times: the logo's alternative text, its title, the site's name): the site's name. Two words at least, each
    # capitalised, not furniture ("Top News") and not a leader's name.
    # (AD_LABEL_NO_MASTHEAD: "Publicidad" printed above every ad slot is the ads' label, no name: lines the advertisement
    # rule dropped are left out)
    # (WIDGET_NO_MASTHEAD: nor are lines the widgets' and controls' rules dropped, "Now Playing" over the player, "Clear.
    # H 65° L 46°" in the weather box)
    widgets = (rules.ADVERTISEMENT, rules.VIDEO_WIDGET, rules.WEATHER_WIDGET, rules.NAV_LABEL)
    ads = {d.number for d in clean.dropped if d.rule in widgets}
    above_title = [
        (number, text.strip())
        for number, text in first_lines[:MASTHEAD_LINES]
        if title is not None and number < title.number and number not in ads
    ]
    # NAME_UNDER_THE_HEADLINE: a paper's or a station's name printed twice or more between the headline and the text
    # ("WGAL News 8" under the video player) is the site's too
    under_title = [
        (number, text.strip())
        for number, text in every_line
        if title is not None
        and first_paragraph is not None
        and title.number < number < first_paragraph
        and is_newspaper_name(text.strip())
    ]
    # (HEADLINE_NO_MASTHEAD: the headline printed again under its page title, "Tuesday’s Example News" under "Tuesday's
    # Example News - Example Rugby", the title's opening words, is the headline, no paper's name)
    page_title = printed_form(title.text) if title is not None else ""
    printed = [text for _, text in above_title + under_title if not page_title.startswith(printed_form(text))]
    # WRITERS_CARD: a name printed twice in a row over a date ("Jane Roe" / "Jane Roe" / "May 6, 2024": an avatar's text,
    # the writer's name, the post's date) is a writer's card in a list of posts, not the site's name
    cards = {
        first.strip()
        for (_, first), (_, second), (_, third) in zip(every_line, every_line[1:], every_line[2:], strict=False)
        if first.strip() == second.strip() and (parse_date(third) is not None or POSTED_LABEL.match(third.strip()))
    }
    for text in dict.fromkeys(printed):
        words = text.split()
        if (
            printed.count(text) >= 2
            and text not in cards
            and MIN_REPEATED_MASTHEAD_WORDS <= len(words) <= MAX_MASTHEAD_WORDS
            # (AMPERSAND_IN_NAME: "The Scarlet & Black", "Express & Star": the sign is no word to capitalise)
            and all(w[:1].isupper() or w[:1].isdigit() or w in NAME_SIGNS for w in words)
            and not {w.casefold() for w in words} <= GENERIC_WORDS
            and not leaders_matcher.find(text)
            and not is_place(text)  # (PLACE_PRINTED_AGAIN: "Kota Kinabalu" twice, a menu of the region's towns)
            and not set(rules.key_of(text).split()) & rules.SHARE_STRONG  # ("Facebook'ta Paylaş" twice: a button)
            and parse_meta_line(text) is None  # (DATE_PRINTED_TWICE: "23 Dicembre 2024 02:23" twice is the date's)
            and not beat_role(text)  # BEAT_ROLE
            and not LABEL_BEFORE_VALUE.match(text)  # LABELLED_NO_MASTHEAD
            and not rules.nav_label(text, rules.key_of(text))  # (a picture's "No Caption" twice is a control's text)
            and not _columnists_card(text, every_line)  # COLUMNISTS_CARD (below)
            and not {w.casefold() for w in words} & SEARCH_CONTROL_WORDS  # ("Advanced Search" twice: the search form's)
            and not INITIAL_IN_A_NAME.search(text)  # (INITIALLED_NAME: "Jane M. Roe" twice, a picture's credit)
        ):
            number = next(n for n, t in above_title + under_title if t == text)
            return Found(_name(text, registry), "outlet-masthead-printed-again", number, text)

    # CAMEL_CASE_BRAND: a name of two or more capitalised parts run together ("ExampleWeb", "OneExample", "ExampleToday"),
    # alone on one of the page's first lines above the headline, is the site's brand: no person's or place's name is
    # written so (surnames with a particle, "McRoe", "DeRoe", and platforms excepted; under the headline it may be the
    # writer's user name, "ExampleCricket")
    for number, text in first_lines[:MASTHEAD_LINES]:
        brand = CAMEL_CASE_BRAND.fullmatch(text.strip())
        if brand and _glued_menu_items(text.strip()):
            continue  # GLUED_MENU_ITEMS: "ContributorsPublishersAdvertisers", a menu's plural items run together
        if brand and not CAMEL_CASE_NOT_BRAND.match(text.strip()) and rules.key_of(text) not in CAMEL_CASE_PLATFORMS:
            return Found(_name(text.strip(), registry), "outlet-camel-case-brand", number, text)

    # BRAND_SIGNS_OFF: the article's last paragraph ending with a dash and a camel-cased brand ("... ujarnya lagi. —
    # ExampleDaily"): the site signing its own copy off, as agencies sign theirs (an agency's name there is the wire's)
    last_paragraphs = [line for line in clean.lines if line.role == PARAGRAPH][-1:]
    for line in last_paragraphs:
        signed = BRAND_SIGN_OFF.search(line.text)
        signer = signed["brand"] if signed else ""
        if signer and not CAMEL_CASE_NOT_BRAND.match(signer) and not is_agency(signer, registry):
            return Found(_name(signer, registry), "outlet-brand-signs-off", line.number, line.text)

    accounts = _accounts_name(every_line)
    if accounts:
        return Found(_name(accounts[1], registry), "outlet-social-accounts", accounts[0], accounts[1])

    # CRUMB_TRAIL_OPENS_WITH_THE_SITE: a crumb trail above the headline whose first crumb is the site's name, where others
    # print "Home" ("ExampleNet › News › China News"): a camel-cased brand or a newspaper's name; a section's words
    # ("World › Asia") name no site, nor does one word in capitals ("CRICKET › IPL" is a section's, "EXAMPLENET" a site's:
    # no telling them apart).
    crumb_lines = {d.number for d in clean.dropped if d.rule == rules.BREADCRUMB}
    for number, text in first_lines[:MASTHEAD_LINES]:
        crumbs = CRUMB_SEPARATOR.split(" ".join(text.split()))
        if len(crumbs) >= 3 and number in crumb_lines:
            first = crumbs[0].strip()
            shaped = CAMEL_CASE_BRAND.fullmatch(first) is not None or is_newspaper_name(first)
            if shaped and first.casefold() not in CRUMB_HOME_WORDS and not _made_of(first, GENERIC_WORDS):
                if not is_agency(first, registry) and not is_place(first):
                    return Found(_name(first, registry), "outlet-first-crumb", number, text)

    # FOLLOW_THE_SITE_ALONE: "Follow Example" alone on its line, the platforms' icons lost after it, for a name no person
    # bears (a camel-cased brand, a site's address, a newspaper's name): "Follow Jane Roe" is the writer's button.
    for number, text in every_line:
        follow = FOLLOW_ALONE.match(text.strip())
        name = follow["name"] if follow else ""
        if name and (CAMEL_CASE_BRAND.fullmatch(name) or _a_site_address(name) or is_newspaper_name(name)):
            if not is_agency(name, registry) and rules.key_of(name) not in CAMEL_CASE_PLATFORMS:
                return Found(_name(name, registry), "outlet-follow-alone", number, text)

    if title is not None:
        suffix = _title_suffix_outlet(title.text, clean, registry)
        if suffix:
            return Found(suffix, "outlet-title-suffix", title.number, title.text)
        # PAGE_TITLE_ABOVE: the page's <title> above the headline, the headline and the site's name after a dash or a
        # bar ("Headline - Example Portal" ... "Headline"), dropped as the masthead: the suffix names the site
        for dropped in clean.dropped:
            if dropped.number < title.number and dropped.text.startswith(title.text) and dropped.text != title.text:
                suffix = _title_suffix_outlet(dropped.text, clean, registry)
                if suffix:
                    return Found(suffix, "outlet-title-suffix", dropped.number, dropped.text)
            # PAGE_TITLE_PREFIX (archive.clean): ... or the site's name before it, then a colon or a bar ("Example News :
            # Headline")
            prefix = PAGE_TITLE_PREFIX.match(dropped.text.strip()) if dropped.number < title.number else None
            if prefix and prefix["headline"].strip() == title.text.strip():
                site = prefix["site"].strip()
                if len(site.split()) <= MAX_MASTHEAD_WORDS and not is_agency(site, registry):
                    return Found(_name(site, registry), "outlet-title-prefix", dropped.number, dropped.text)

    # OUTLET_REPEATED_SUFFIX: a name after a spaced dash at the end of two or more lines ("A worker at the gate -
    # Example International", on each picture's caption) is the site's, which adds it to every alt text it prints
    suffixes: dict[str, list[tuple[int, str]]] = {}
    leaders = registry.matcher("leaders")
    for number, text in sorted([(line.number, line.text) for line in clean.lines] + [(d.number, d.text) for d in clean.dropped]):
        pieces = DASH_END.split(text.strip())
        # (a caption or a headline before the dash: "California - Northern" in a menu of regions names no site)
        if (
            len(pieces) == 2
            and 1 <= len(pieces[1].split()) <= MAX_MASTHEAD_WORDS
            and pieces[1][:1].isupper()
            and len(pieces[0].split()) >= MIN_WORDS_BEFORE_SUFFIX
            and not rules.mostly_numbers(pieces[0])  # RESULT_BEFORE_DASH: "#12 Harbour 48, #8 Jay 37 – Consolation"
        ):
            if leaders.find(pieces[1]):
                continue  # SPEAKER_AFTER_DASH: "... the main victors of the war — Xi" quotes a leader, names no site
            if pieces[1].strip().casefold() in MEDIA_MARKS:
                continue  # MEDIA_MARKS (archive.headline): "... - FOTKY" on every story's headline says what it carries
            if LABEL_BEFORE_VALUE.match(pieces[1].strip()):
                continue  # LABELLED_NO_MASTHEAD: "... - Ảnh: VGP/Example" under every picture is its photo's credit
            if is_agency(pieces[1].strip(), registry):
                continue  # AGENCY_SIGN_OFFS: "... - REUTERS" ending each of a page's briefs signs the agency's copy
            if pieces[1].rstrip().endswith(("?", "!")):
                continue  # EXCLAIMED_SUFFIX: "Yet Another Phone Launch – Yeay?", the headline's own words, no site's name
            if is_place(pieces[1].strip()):
                continue  # PLACE_SUFFIX: "... – Via Zoni 50 – Piacenza", an event's town under each item, no site's name
            suffixes.setdefault(pieces[1], []).append((number, text))
    # (RESULTS_BY_NAME, archive.rules: a person's name after short labels is a list of results, "Reserve Heifer – Jane Roe")
    repeated = [
        (found[0], name)
        for name, found in suffixes.items()
        if len(found) >= 2
        and len({t for _, t in found}) >= 2
        and not rules.results_by_name(name, [DASH_END.split(t.strip())[0] for _, t in found])
    ]
    if repeated:
        (number, text), name = min(repeated)
        return Found(_name(name, registry), "outlet-repeated-suffix", number, text)

    # OUTLET_IN_SOURCE_LINE: a source line naming an agency and one other name ("Source: Example Agency-Example Times
    # Published: ...") names the agency's copy and the page that carries it, as OUTLET_IN_DATELINE reads a dateline
    for line in clean.lines:
        source = SOURCE_LINE.match(line.text.strip()) if line.role in (BYLINE, DATELINE) else None
        if source:
            # (the source ends at the next credit's label: "Forrás: MTI - illusztráció: ..." names the agency alone)
            parts = [p.strip(" .") for p in SOURCE_SPLIT.split(_source_name(source.group("name"))) if p.strip(" .")]
            others = [p for p in parts if not is_agency(p, registry)]
            if len(parts) == 2 and not others:
                others = _outlet_beside_an_agency(parts, registry)  # (REGISTERED_OUTLET_BESIDE_AN_AGENCY, below)
            # (PHOTOGRAPHER_AND_AGENCY: "Source: Jane Roe/Example Agency", a name, a slash and the agency after it,
            # credits a picture's photographer, no page)
            photographer = len(parts) == 2 and others[:1] == parts[:1] and "/" in source.group("name") and _is_name(parts[0])
            if len(parts) == 2 and len(others) == 1 and len(others[0].split()) <= MAX_MASTHEAD_WORDS and not photographer:
                return Found(_name(others[0], registry), "outlet-in-source-line", line.number, line.text)

    # The lines between the headline and the text, where the byline goes: three rules below read them.
    # (SLOT_UNDER_THE_DECK: a first paragraph right under the headline, no line between, ending no sentence, is its
    # deck: the byline goes under the deck, "Headline" / "Deck" / "Example Tribune" / "HARBOUR — The text ...")
    slot_end = first_paragraph
    if title is not None and first_paragraph is not None and len(paragraphs) > 1:
        between = [number for number, _ in every_line if title.number < number < first_paragraph]
        deck = next(text for number, text in every_line if number == first_paragraph)
        slot_end = paragraphs[1] if not between and not rules.ends_sentence(deck) else first_paragraph
    byline_slot = (
        [(number, text) for number, text in every_line if title.number < number < slot_end and number != first_paragraph]
        if title is not None and slot_end is not None
        else []
    )
    # SITE_SLASH_AGENCY: between the headline and the text, the site's name and the agency it drew on, a slash between
    # them and nothing else ("Example / MTI"): the site's own credit line, as OUTLET_IN_SOURCE_LINE reads a labelled one
    for number, text in byline_slot:
        parts = [p.strip() for p in text.split(" / ")]
        others = [p for p in parts if p and not is_agency(p, registry)]
        labelled = bool(others) and LABEL_BEFORE_VALUE.match(others[0]) is not None  # ("Фото: Jane Roe / Agency": a photo's)
        if len(parts) == 2 and len(others) == 1 and _site_credit_name(others[0]) and not labelled:
            return Found(_name(others[0], registry), "outlet-slash-agency", number, text)

    # PAPER_ALONE_UNDER_HEADLINE: between the headline and the text, where the byline goes, a newspaper's name alone on
    # its line ("Example Times", "Example News"): the site credits its own copy so. An agency's name there is the wire's;
    # a label's ("Source: Example Times") is the source lines' to read; a person's name before a name of two words or
    # more is a writer and a desk ("Jane Roe Ministry News": PERSON_BEFORE_THE_PAPER).
    siblings = _section_siblings(byline_slot)
    for number, text in byline_slot:
        name = text.strip()
        if name.split() and name.split()[-1].casefold() in siblings:
            continue  # SECTION_SIBLINGS
        # (ROLE_AFTER_THE_PAPER: "Example Tribune Staff Reporter": the paper's name before its staff's role)
        while len(name.split()) > 1 and name.split()[-1].casefold() in BYLINE_ROLE_WORDS:
            name = name.rsplit(None, 1)[0]
        if any(c in name for c in ":|/,") or DESK_AGAIN.search(name) or not is_newspaper_name(name):
            continue  # (a credit's parts, a newsroom's: "Redacción Example Diario", OUTLET_DESK_CREDIT's to read)
        if rules.CYRILLIC_MEDIA_CREDIT.match(name):
            continue  # (STILL_FRAME_CREDIT: the paper whose video the still is taken from, "Стоп-кадр Example газета")
        words = name.split()
        if len(words) >= 4 and _is_name(" ".join(words[:2])):
            continue
        # (THE_PAPER: "The Ledger" is a paper's name, of newspaper words only; TWO_PAPER_WORDS: so is a name of two
        # newspaper words that name no section, "Tribune Chronicle", "Herald Sun")
        generic = _made_of(name, GENERIC_WORDS | NEWSPAPER_WORDS) and not _the_paper(name) and not _two_paper_words(name)
        if generic or beat_role(name) or _is_name(name) or _section_name(name) or names_an_agency(name, registry):
            continue  # (BEAT_ROLE: "Political Reporter" is a byline without its name)
        if name.casefold() in KIND_OR_PLATFORM:
            continue  # KIND_OR_PLATFORM
        return Found(_name(name, registry), "outlet-paper-under-headline", number, text)

    # PRINT_EDITION_NOTE: under the text, the note of the print edition the article ran in ("Published in Example Times,
    # October 29th, 2022"): the paper's name; a section's ("Published in Business, ...") names none
    for number, text in every_line:
        note = PRINT_EDITION_NOTE.match(text.strip())
        if note is None or (first_paragraph is not None and number <= first_paragraph):
            continue
        paper = note["paper"].strip()
        printed_on = parse_meta_line(note["date"])
        if (
            printed_on is not None
            and printed_on.published is not None
            and not _made_of(paper, GENERIC_WORDS)
            and paper.casefold() not in rules.SECTION_WORDS
        ):
            if not is_agency(paper, registry):
                return Found(_name(paper, registry), "outlet-print-edition", number, text)

    # PAPER_CORRESPONDENT: "Example Correspondent" alone where the byline goes, the paper's one-word name before the
    # role, as South Asian papers credit their staff ("Our Correspondent", "Staff Reporter" and a beat, "Defence
    # Correspondent", "Moscow Correspondent", name no paper: BEAT_ROLE's words, a place)
    for number, text in byline_slot:
        role = PAPER_CORRESPONDENT.match(text.strip())
        if role and role["paper"].casefold() not in BEAT_WORDS and not is_place(role["paper"]):
            if not names_an_agency(role["paper"], registry):
                return Found(_name(role["paper"], registry), "outlet-paper-correspondent", number, text)

    credits = [(line.number, line.text) for line in clean.lines if line.role in (BYLINE, DATELINE)]
    credits += [(d.number, d.text) for d in clean.dropped if d.rule in CREDIT_RULES]
    # (WRITER_FIELD_PAPER: a writer's field naming a paper, "Writer: Example News Online", whatever rule dropped it)
    credits += [(d.number, d.text) for d in clean.dropped if WRITER_FIELD.match(d.text.strip())]
    # SITE_UNDER_HEADLINE: a site's address alone right under the headline, where the byline goes ("Example.com"), is
    # the page's credit line (the next line printed: blank lines between are the layout's)
    line_under_title = next((n for n, _ in every_line if n > title.number), None) if title is not None else None
    credits += [
        (d.number, d.text)
        for d in clean.dropped
        if d.rule == rules.URL_LINE and d.number == line_under_title and d.number < (first_paragraph or 0)
    ]
    # SITE_UNDER_ITS_LABEL (archive.clean): a site's address alone under a credit's label ending with a colon
    # ("Publicado por:" / "Example.com") is that credit's value
    labels = {number for number, text in credits if text.rstrip().endswith(":")}
    after_a_label = {b for (a, _), (b, _) in itertools.pairwise(every_line) if a in labels}
    credits += [(d.number, d.text) for d in clean.dropped if d.rule == rules.URL_LINE and d.number in after_a_label]
    for number, text in sorted(credits):
        if text.startswith(("(", "（")) and text.rstrip(" .").endswith((")", "）")):
            continue  # a source credit in brackets under the text ("(www.example.ru – 3 iulie)"): the copy's source
        if _source_line(text):
            continue  # SOURCE_SITE_IS_THE_COPYS: "Source: example.com" names where the copy came from (the wire)
        for m in SITE.finditer(text):
            if "." in m.group("site") and not m.group("site")[0].isdigit() and not PHOTO_LABEL_BEFORE.search(text, 0, m.start()):
                if m.group("site").lower().split(".")[0] in PHOTO_LIBRARIES:
                    continue  # PHOTO_LIBRARY_SITE: "©iStockphoto.com/Jane Roe" credits a stock picture
                return Found(_name(m.group("site").lower(), registry), "outlet-credit-site", number, text)

    # A byline run into the first paragraph ("By Jane Roe, Example Times staff writer | In a city ...") is a credit too.
    heads = [line for line in clean.lines if line.role in (STANDFIRST, PARAGRAPH)][:DATELINE_LINES]
    credits += [(line.number, line.text.split(" | ")[0]) for line in heads if BYLINE_HEAD.match(line.text)]
    # STAFF_LINE: "Example Radio News - Staff Reporters" alone on a line, wherever the cleaning put it (under the
    # article, with its links): the site credits its own staff
    credits += [(d.number, d.text) for d in clean.dropped if STAFF_LINE.match(rules.said_once(d.text.strip()))]
    credits += [(line.number, line.text) for line in clean.lines if STAFF_LINE.match(rules.said_once(line.text.strip()))]
    credits += [(n, text) for n, text in every_line if PUBLISHED_BY_LINE.match(text.strip())]
    for number, text in sorted(credits):
        staff_line = STAFF_LINE.match(rules.said_once(text.strip()))
        if staff_line:
            name = staff_line["outlet"] or staff_line["desk_site"]
            generic = _made_of(name, GENERIC_WORDS | NEWSPAPER_WORDS)
            # (SITE_NEWS_DESK: a desk's line names a site only in a site's shape, a paper's or a station's name, an
            # acronym, a name with a digit, the registry's: "London Desk", "Metro Desk", "Jane Roe Desk" name none)
            desk_site = staff_line["desk_site"] is not None
            site_shaped = (
                is_newspaper_name(name)
                or registry.canonical("outlets", name) is not None
                or bool(SITE.fullmatch(name))
                or (name.isupper() and len(name) >= 2)
                or any(ch.isdigit() for ch in name)
            )
            if desk_site and (not site_shaped or is_place(name)):
                continue
            if not generic and not is_agency(name, registry) and not _is_name(name):
                return Found(_name(name, registry), "outlet-staff-credit", number, text)
        for m in STAFF_CREDIT.finditer(text):
            name = m.group("outlet").strip()
            # (DESK_AFTER_THE_NAME: "By Example Editorial Staff": the site's name before its desk's word)
            while len(name.split()) > 1 and name.split()[-1].casefold() in DESK_STAFF_WORDS:
                name = name.rsplit(None, 1)[0]
            # BEAT_NOT_OUTLET: before "correspondent", "reporter" and the other roles a beat may stand ("China
            # correspondent", "Senior Moscow reporter"): the name must be a paper's, a registry outlet's or a site's;
            # before "staff" it is the site's own
            staff_role = m["role"].casefold().startswith("staff")
            outlet_shaped = (
                staff_role or is_newspaper_name(name) or registry.canonical("outlets", name) is not None or SITE.fullmatch(name)
            )
            # (EDITORIAL_STAFF: "Editorial Staff", "Web Staff", "News Staff" name a desk of any site, not the site)
            generic = _made_of(name, GENERIC_WORDS | NEWSPAPER_WORDS | DESK_STAFF_WORDS)
            if outlet_shaped and not generic and not is_place(name) and not is_agency(name, registry) and not _is_name(name):
                return Found(_name(name, registry), "outlet-staff-credit", number, text)
        credited = _paper_in_byline(text, registry)
        if credited:
            return Found(_name(credited, registry), "outlet-byline-paper", number, text)
        site = _site_in_slashed_byline(text, registry)
        if site:
            return Found(_name(site, registry), "outlet-byline-site", number, text)
    # (BY_LINE_IN_ITS_SLOT: and a "By" line where the byline goes, whatever rule dropped it: "By The Example / Editor"
    # read as a crumb trail)
    by_lines = [(n, text) for n, text in byline_slot if BY_PREFIX.match(text.strip()) and (n, text) not in credits]
    for number, text in sorted(credits + by_lines):
        credited = _paper_in_byline_parts(text, registry)
        if credited:
            return Found(_name(credited, registry), "outlet-byline-part", number, text)

    # NOTE_FIRST_SENTENCE (archive.byline): the writer's note naming the paper she works for ("Jane Roe is the Business
    # Reporter for the Example Standard, based in Harbour.")
    for line in clean.lines:
        note = writers_note(line.text) if line.role == BYLINE else None
        paper = note["paper"].rstrip(".") if note and note["paper"] else None  # (the note's full stop is no part of it)
        at_end = (note["paper_at_end"] or "").rstrip(".") if note else ""
        paper = paper or (at_end if is_newspaper_name(at_end) else None)  # (at the note's end: a paper's name only)
        if paper and not is_place(paper) and not is_agency(paper, registry) and (is_newspaper_name(paper) or not _is_name(paper)):
            return Found(_name(paper, registry), "outlet-writers-note", line.number, line.text)

    # POSTED_ON_BY_THE: "Posted on 24 Jun 2011 by The Example" under the headline: the date, then the site posting it (a
    # name opening with "The" is no person's; an agency's is the wire's, a desk's no site's)
    for number, text in every_line:
        posted = POSTED_ON_BY_THE.match(text.strip())
        if posted and parse_date(posted["date"]) is not None:
            name = posted["site"]
            if not is_agency(name, registry) and not is_desk(name) and not _made_of(name, GENERIC_WORDS):
                return Found(_name(name, registry), "outlet-posted-by", number, text)

    for number, text in every_line:
        credit = WITH_WIRES_CREDIT.match(text.strip())
        if credit and is_newspaper_name(credit["name"]) and not is_agency(credit["name"], registry):
            return Found(_name(credit["name"], registry), "outlet-with-wires", number, text)  # WITH_WIRES_CREDIT

    for number, text in every_line:
        name = _about_link_outlet(text)
        if name and not is_agency(name, registry):
            return Found(_name(name, registry), "outlet-about-link", number, text)

    dateline = _dateline(clean)
    if dateline:
        number, text, pieces = dateline
        agencies = [p for p in pieces if is_agency(p, registry)]
        others = [p for p in pieces if not is_agency(p, registry) and len(p.split()) <= MAX_MASTHEAD_WORDS]
        if agencies and len(others) == 1:
            return Found(_name(others[0], registry), "outlet-in-dateline", number, text)

    # OUTLET_OWN_DATELINE: a first paragraph's dateline credits a source that is no news agency ("(Example News) -",
    # "(HARBOUR CITY, EXAMPLE NEWS) –", "EXAMPLE-NEWS. June 17, 2009."), on a page that names no other outlet: the page's
    # own name (an agency's copy, reprinted, names the agency: that is the wire source only).
    body = [line for line in clean.lines if line.role in (STANDFIRST, PARAGRAPH)]
    # SYNDICATION_FEED: a first paragraph opening with a feed's mark and the source it carries ("(MENAFN- Example
    # Agency) ..."): the feed publishes the page, the source is the wire (archive.metaline's SYNDICATION_PREFIX)
    fed = SYNDICATION_PREFIX.match(body[0].text) if body else None
    if fed:
        return Found(fed["feed"], "outlet-syndication-feed", body[0].number, body[0].text)
    for line in body[:DATELINE_LINES]:
        lead = parse_lead(line.text, text_above(clean.raw.lines, line.number))
        if lead is None or not lead.wire:
            continue
        if WIRE_EDITION.fullmatch(lead.wire.strip()):
            break  # RELEASE_WIRE_NOT_OUTLET: "/ExampleWire-Desk/" sends a release to every site that prints it
        # (DATE_BESIDE_THE_NAME: "DAVAO CITY (Example/29 May) –", the site's name and the day: the name)
        pieces = [p.strip(" .") for p in PIECES.split(lead.wire) if p.strip(" .") and not _day_and_month(p.strip(" ."))]
        if len(pieces) == 1 and AGENCY_SITE.fullmatch(pieces[0]) and is_agency(pieces[0], registry):
            # AGENCY_SITE_IN_DATELINE: an agency credited by its own site's address ("Москва. 20 декабря. EXAMPLE.RU -",
            # in any case) is the agency's page on its own site: the site is the outlet, the agency the wire
            return Found(pieces[0], "outlet-agency-site", line.number, line.text)
        # (STATION_IN_DATELINE: a station's call letters or its name and number, "Rochester, N.Y. (WXYZ) -", "HOUSTON
        # (KX39)", are the station's own dateline, no agency's: archive.headline station_in_dateline)
        station = len(pieces) == 1 and station_in_dateline(pieces[0])
        if len(pieces) >= 2 and all(CALL_LETTERS.match(p) and not is_agency(p, registry) for p in pieces):
            # SISTER_STATIONS: two stations' call letters or more ("SAN ANGELO, Texas (KLST / KSAN) –"), sister stations
            # that share one site: the page's own name, as one station's is
            return Found(" / ".join(pieces), "outlet-sister-stations", line.number, line.text)
        if not station and (
            CJK_DISPATCH_LEAD_RE.match(line.text) or (lead.place and not lead.place.isupper() and len(pieces) == 1)
        ):
            # TITLE_CASE_AGENCY: one name alone in a dateline written in title case ("Moskau, 8. Mai (Example) –") or
            # a Chinese dispatch's sender is an agency this build may not know, not the page's own name (SITE_IN_DATELINE:
            # a site's address is, "Korhogo, 04-11-2019 (example.com) Les ...": agencies credit their names)
            if not SLASHED_NAME.fullmatch(lead.wire.strip()) and not SITE.fullmatch(lead.wire.strip()):
                break
        # SITE_AND_DESK_IN_BRACKETS: "(Example.com, Harbour Desk) -": the site's address, a comma, its desk or city
        pieces = [q.strip() for p in pieces for q in (p.split(", ") if ", " in p and _a_site_address(p.split(", ")[0]) else [p])]
        others = [p for p in pieces if not is_agency(p, registry)]
        # "Example News/Agencies": the page's own name beside the agencies it drew on (OUTLET_IN_DATELINE's shape)
        name = others[0] if len(others) == 1 else ""
        sites = [p for p in others if _a_site_address(p)]
        if not name and len(sites) == 1 and len(pieces) == 2:
            name = sites[0]  # (SITE_AND_DESK_IN_BRACKETS: the site is the page's own name, the other part its desk)
        if not name and len(others) == len(pieces) and SLASHED_NAME.fullmatch(lead.wire.strip()):
            name = lead.wire.strip()  # SLASHED_NAME: "(RFE/RL)" is one name, not a name beside an agency
        if _agency_initials(name, registry):
            break  # INITIALS_IN_DATELINE_ARE_AN_AGENCY
        if name.casefold() in KIND_OR_PLATFORM:
            break  # KIND_OR_PLATFORM
        if name and not _numbered(name) and len(name.split()) <= MAX_MASTHEAD_WORDS and not _says_ours(name):
            return Found(_name(name, registry), "outlet-own-dateline", line.number, line.text)
        break
    # CJK_OWN_DISPATCH: a first paragraph opening with the paper's own dispatch mark ("【熊猫时报讯】", "熊猫时报讯 ..."; "本报讯",
    # "this paper's dispatch", names no one) names the page's own outlet, as OUTLET_OWN_DATELINE reads "(Example News) -"
    dispatch = CJK_DISPATCH.match(body[0].text) if body else None
    sender = (dispatch["name"] or dispatch["bare"]) if dispatch else ""
    if sender and sender not in CJK_DISPATCH_NO_NAME and not sender.endswith(CJK_DISPATCH_WORD_ENDS):
        if not is_agency(sender, registry):
            return Found(_name(sender, registry), "outlet-own-dispatch", body[0].number, body[0].text)
    # JAPANESE_PRINT_NOTE: a Japanese paper's web copy notes the print edition it ran in ("※この記事は、3月25日大分合同新聞朝刊
    # 13ページに掲載": "this article ran in the Oita Godo Shimbun's morning edition of 25 March"): the paper is the page's own
    for number, text in every_line:
        note = JAPANESE_PRINT_NOTE.match(text.strip()) if "この記事" in text else None
        if note and not is_agency(note["paper"], registry):
            return Found(_name(note["paper"], registry), "outlet-print-note", number, text)
    # CJK_SITE_CRUMB: a Chinese breadcrumb's first part is the site when it ends in 网 ("net": "您所在的位置: 东南网 >
    # 集美区 > 正文"); a trail opening with "首页" ("home") names no site
    for dropped in clean.dropped:
        if dropped.rule != rules.BREADCRUMB or (paragraphs and dropped.number > paragraphs[0]):
            continue
        trail = rules.YOU_ARE_HERE.sub("", dropped.text.strip()).strip(" :：")
        first = rules.BREADCRUMB_SPLIT.split(trail, maxsplit=1)[0].strip()
        first = first.split("·", 1)[0]  # (TWO_NAMES_DOTTED: "人民論壇網·國家治理網", the site's two names: its first)
        if CJK_SITE_NAME.fullmatch(first):
            return Found(_name(first, registry), "outlet-site-crumb", dropped.number, dropped.text)
    # CRUMB_TRAIL_OPENS_WITH_THE_SITE: a breadcrumb whose first part is a name printed alone on one of the first lines
    # above the article ("Example Online!" ... "Example Online > News > August 2009 > <headline>"): the trail starts at
    # the site's home, and the logo's line names it too; a section's name there is no line of its own at the top.
    top = {
        _letters(text): text
        for number, text in every_line[:MASTHEAD_LINES]
        if first_paragraph is None or number < first_paragraph
    }
    for dropped in clean.dropped:
        if dropped.rule != rules.BREADCRUMB or (paragraphs and dropped.number > paragraphs[0]):
            continue
        first = rules.BREADCRUMB_SPLIT.split(dropped.text.strip(), maxsplit=1)[0].strip()
        if (
            len(first.split()) <= MAX_MASTHEAD_WORDS
            and _letters(first) in top
            and top[_letters(first)].strip() != dropped.text.strip()
        ):
            furniture = rules.key_of(first) in rules.NAV_LABELS | rules.SECTION_LABELS | CRUMB_HOME_WORDS
            generic = _made_of(first, GENERIC_WORDS | NEWSPAPER_WORDS)
            if furniture or generic or not first[:1].isupper() or _is_name(first) or is_place(first):
                continue  # (a trail from "Home", "Inicio" or a section starts at no name)
            if not names_an_agency(first, registry):
                return Found(_name(first, registry), "outlet-crumb-trail", dropped.number, dropped.text)
    # OUTLET_STAFF_PHOTO: a photo credited to a person and a newspaper ("Jane Roe / Example Daily News"), the page's own
    # staff photographer: a name shaped like a newspaper's (is_newspaper_name), no agency, no picture library
    # (CREDITED_SUBJECT: a body the headline names, or the caption right beside the credit ("EXSA's asteroid mission to
    # launch Thursday", "EXSA engineer Jane Roe looks on as ..." over "John Doe / EXSA"), is the story's subject, whose
    # handout the picture is: no outlet)
    checked = 0  # (the page is searched again for the first few credits only: a page of credits stays linear)
    lines_at = dict(every_line)
    for number, text in every_line:
        staff = STAFF_PHOTO.match(text.strip()) or STAFF_PHOTO_LABELLED.match(text.strip())
        if not staff or not _is_name(staff["person"]) or names_an_agency(staff["paper"], registry):
            continue
        if all(w.casefold() in ROLE_QUALIFIERS | PERSON_ROLE_WORDS for w in staff["paper"].split()):
            continue  # STAFF_ROLE_NO_PAPER: "By Jane Roe/Staff Reporter" says what she is, not where
        paper = staff["paper"]
        checked += 1
        named_again = (
            checked <= MAX_CREDITS_SEARCHED
            and paper.casefold().removesuffix(".com") not in NOT_A_SITE  # (a library's address too: "Shutterstock.com")
            and any(n != number and re.search(rf"(?<![\w-]){re.escape(paper)}(?![\w-])", other) for n, other in every_line)
        )
        beside = [lines_at.get(n, "") for n in (number - 1, number + 1)] + [title.text if title is not None else ""]
        if named_again and any(re.search(rf"(?<![\w-]){re.escape(paper)}(?![\w-])", other) for other in beside):
            continue  # CREDITED_SUBJECT
        if is_newspaper_name(paper) or named_again:
            return Found(_name(paper, registry), "outlet-staff-photo", number, text)
    # OUTLET_SELF_PROMO: the site promoting its own app or e-paper names itself ("Download the Example News app",
    # "Visit news.example.in to explore our interactive epaper!", archive.rules' APP_OR_FOLLOW_PROMO)
    promos = [(d, SELF_PROMO_NAME.match(d.text.strip())) for d in clean.dropped]  # (whatever rule dropped the promo)
    named = [(d, m[group]) for group in SELF_PROMO_GROUPS for d, m in promos if m and m[group]]
    for dropped, name in named:
        if not names_an_agency(name, registry):
            return Found(_name(name, registry), "outlet-self-promo", dropped.number, dropped.text)
    for number, text in every_line:  # SUPPORT_THE_SITE
        supported = _supported_name(text.strip())
        if supported and not names_an_agency(supported, registry):
            return Found(_name(supported, registry), "outlet-support-the-site", number, text)
    for number, text in every_line:  # PUBLICATION_FIELD
        field = PUBLICATION_FIELD.match(text.strip())
        if field and not names_an_agency(field["name"], registry):
            return Found(_name(field["name"], registry), "outlet-publication-field", number, text)
    for number, text in every_line:  # PUBLISHED_IN_THE_PAPER
        printed_in = PUBLISHED_IN_THE_PAPER.match(text.strip()) if text.lstrip().startswith("Published in ") else None
        if printed_in and is_newspaper_name(printed_in["paper"]) and parse_meta_line(text) is not None:
            return Found(_name(printed_in["paper"], registry), "outlet-published-in-the-paper", number, text)
    for over, under in zip(every_line, every_line[1:], strict=False):  # PAPER_OVER_ITS_ADDRESS
        paper = over[1].strip()
        if POST_BOX.match(under[1].strip()) and is_newspaper_name(paper) and not is_agency(paper, registry):
            return Found(_name(paper, registry), "outlet-paper-over-its-address", over[0], over[1])
    # OUTLET_SELF_NAMED (see SELF_NAMED): a logo counts among the page's first lines, above the first paragraph (a
    # partner's logo comes lower), and when another line of the page prints its name too ("Title Logo" names nothing)
    head_lines = {number for number, _ in every_line[:MASTHEAD_LINES]}
    logos_on_top = {text.strip() for number, text in every_line[:MASTHEAD_LINES] if LOGO_NAME.match(text.strip())}
    last_lines_from = len(clean.raw.lines) - SELF_DESCRIBED_LAST_LINES  # (the site's description and the writer's note)
    for number, text in every_line:
        self_named = SELF_NAMED.match(text.strip()) or FOLLOW_NAMED.search(text.strip()) or FEED_NOTICE_NAME.search(text)
        archive = ARCHIVE_HEADING.match(text.strip())
        if archive and is_newspaper_name(archive["archive"]):
            self_named = archive
        in_last_lines = number > last_lines_from
        described = SELF_DESCRIBED.match(text.strip()) if in_last_lines else None
        if described and (number > below or " is " in described.group()):
            self_named = described  # (under the last paragraph, or saying what the site "is dedicated to")
        bio = AUTHOR_BIO.match(text.strip()) if in_last_lines else None
        if bio and not self_named and not _is_name(bio["employer"] or bio["joined"]):
            self_named = bio  # AUTHOR_BIO_EMPLOYER
        above_text = (first_paragraph is None or number < first_paragraph) and number in head_lines
        logo = LOGO_NAME.match(text.strip()) if above_text else None
        logo_name = (logo["logo"] or logo["logo_first"] or logo["icon_word"]) if logo else ""
        if logo and not _made_of(logo_name, LOGO_TEMPLATE_WORDS):
            # LOGO_ABOVE_HEADLINE: the one logo above the headline is the site's own; lower, on a page without a
            # headline, or among other logos (partners'), only when another line prints its name too
            # (LOGO_ABOVE_THE_HEADLINE_AGAIN: or above the headline's second printing, the page's title over the logo and
            # the headline under it)
            title_at = [n for n, other in every_line if clean.title is not None and other.strip() == clean.title.text.strip()]
            above_headline = clean.title is not None and any(number < n for n in title_at) and len(logos_on_top) == 1
            printed_beside = text.casefold().count(logo_name.casefold()) == 2  # (LOGO_THEN_NAME: "Example Logo Example")
            if (
                above_headline
                or printed_beside
                or any(logo_name.casefold() in other.casefold() for n, other in every_line if n != number)
            ):
                self_named = logo
        name = next((value for value in self_named.groupdict().values() if value), "") if self_named else ""
        site_only = (
            self_named is not None and self_named.re is FOLLOW_NAMED and (self_named["follow_sh"] or self_named["group_ms"])
        )
        if self_named is not None and self_named.re is FOLLOW_NAMED and not site_only and _is_name(name):
            # "Follow Jane Roe on X": the writer's account, not the site's (a paper's name may read as a person's:
            # "Urmăriți Ziarul Example și pe Google News"); a group to join is a site's
            name = name if is_newspaper_name(name) else ""
        if self_named is not None and self_named.re is SELF_NAMED and self_named["newsletter"] and _is_name(name):
            # ("Sign up for Jane Roe's newsletter": a writer's; a station's letters, "Example TV", "EXTV DFW", are a site's)
            name = name if is_newspaper_name(name) or any(w.isupper() and len(w) >= 2 for w in name.split()) else ""
        if self_named is not None and self_named.re is SELF_NAMED and self_named["more_from"] and _is_name(name):
            name = name if is_newspaper_name(name) else ""  # ("More from Jane Roe": the writer's other stories)
        if {word.casefold() for word in name.split()} <= SELF_NAME_TEMPLATE_WORDS:
            name = ""  # "Welcome to Our Site", "Join Our WhatsApp Channel": a template's words name no site
        if name.casefold() in PRONOUNS_NAMING_NO_SITE:
            name = ""  # PRONOUNS_NAMING_NO_SITE
        if name and _made_of(name, GENERIC_WORDS):
            name = ""  # GENERIC_LIST_NAME: "Subscribe to Breaking News", a newsletter's or a section's name, no site's
        if name and not names_an_agency(name, registry) and not leaders.find(name):
            name = name.lower() if SITE.fullmatch(name) else name  # an address in lower case, as the other rules give it
            return Found(_name(name, registry), "outlet-self-named", number, text)
    # OUTLET_LEAD_NAME: a first paragraph opening with a newspaper's name and a dash ("Example Times - The committee
    # met ..."), the page's dateline without a place
    for line in body[:LEAD_SITE_LINES]:
        pair = LEAD_SITE_AND_WIRE.match(line.text)
        if pair and is_agency(pair["wire"], registry) and not is_agency(pair["site"], registry):
            if not is_place(pair["site"]) and not _is_name(pair["site"]):
                return Found(_name(pair["site"], registry), "outlet-lead-site-and-wire", line.number, line.text)
    lead_name = (LEAD_NAME.match(body[0].text) or LEAD_PLACE_NAME_COLON.match(body[0].text)) if body else None
    if lead_name and lead_name["place"] and not is_place(lead_name["place"]):
        lead_name = None
    if lead_name and is_newspaper_name(lead_name["name"]) and not is_agency(lead_name["name"], registry):
        return Found(_name(lead_name["name"], registry), "outlet-lead-name", body[0].number, body[0].text)
    # OUTLET_LEAD_SITE: ... or with the site's address, maybe its place, and a dash ("Example.com - Floods ...",
    # "EXAMPLE.CO.ID, JAKARTA -- ...")
    for line in body[:DATELINE_LINES]:
        lead_site = LEAD_SITE.match(line.text)
        if lead_site and not names_an_agency(lead_site["site"], registry):
            return Found(_name(lead_site["site"].lower(), registry), "outlet-lead-site", line.number, line.text)
    # OUTLET_DESK_CREDIT (see DESK_CREDIT): the site's newsroom credited by name
    # (DESK_WORD_ALONE: the desk's word alone on its line and the name on the next, "Redaktion" / "Example", is one credit)
    line_below = {number: below for (number, _), (_, below) in itertools.pairwise(every_line)}
    for number, text in every_line:
        name_below = line_below.get(number, "") if DESK_WORD_ALONE.match(text.strip()) else ""
        if name_below and len(name_below.split()) <= MAX_DESK_NAME_BELOW_WORDS:
            text = f"{text.strip()} {name_below.strip()}"
        desk = _desk_credit(text.strip()) if len(text.split()) <= MAX_DESK_CREDIT_WORDS else None
        name = (desk["before"] or desk["after"] or "").strip() if desk else ""
        if DESK_AGAIN.search(name):
            continue  # DESK_AGAIN: "Redacción Por Redacción", the desk's credit printed twice, names no paper
        if rules.key_of(name) in rules.COMMENT_LABELS:
            continue  # DESK_THEN_COMMENT_LINK: "Redazione Lascia un commento", the desk and the comment form's link
        if _section_name(name) or is_place(name):
            continue  # DESK_OF_A_SECTION: "Redacción Deportes", "Redacción Madrid": a section's or a city's desk
        if name.casefold().strip(" :") in AUTHOR_LABEL_WORDS:
            continue  # DESK_THEN_LABEL: "redazione Autore", the desk credited and the template's "Author" label beside it
        if name[:1].islower():
            continue  # DESK_THEN_ROLE: "Newsroom újságíró", the desk and a role's word in small letters ("journalist"), no name
        if desk is not None and desk["colon"] and _is_name(name) and not is_newspaper_name(name):
            continue  # WRITER_AFTER_THE_DESK: "Redacción: Juan Pérez", the newsroom's label and its writer, no paper
        if name and not names_an_agency(name, registry) and not leaders.find(name):
            first, _, rest = name.partition(" ")
            if ROMANIAN_DESK.match(text.strip()) and first.endswith("ului") and rest:
                name = f"{first[:-2]} {rest}"  # ROMANIAN_GENITIVE: "Redacția Ziarului Example" is the paper "Ziarul Example"'s
            return Found(_name(name, registry), "outlet-desk-credit", number, text)
    # OUTLET_KOREAN_CREDIT (see KOREAN_PAPER_CREDIT): the paper, maybe its place, and its reporter in brackets
    for number, text in every_line:
        paper = KOREAN_PAPER_CREDIT.search(text) if "기자" in text or "특파원" in text else None
        name = (paper["paper"] or paper["unbracketed"] or paper["signed"] or paper["field"]) if paper else ""
        if name and not names_an_agency(name, registry):
            return Found(_name(name, registry), "outlet-korean-credit", number, text)
    for number, text in every_line:
        named_desk = NAMED_DESK.match(text.strip())
        desk_names = ("name", "newsroom", "web_desk", "team")
        name = next((named_desk[group] for group in desk_names if named_desk[group]), "") if named_desk else ""
        if name and not is_place(name) and not names_an_agency(name, registry) and not leaders.find(name):
            if not _made_of(name, GENERIC_WORDS | TEAM_GENERIC_WORDS):
                return Found(_name(name, registry), "outlet-named-desk", number, text)
    # OUTLET_REPORT_OF (see REPORT_OF): a Persian paragraph opening "به گزارش <site>", among the first (a standfirst
    # and a news code may come before it)
    for line in body[:REPORT_OF_LINES]:
        report = REPORT_OF.match(line.text)
        if report and not names_an_agency(report["outlet"], registry):
            return Found(_name(report["outlet"], registry), "outlet-report-of", line.number, line.text)
    # OUTLET_BESIDE_DATE: a date line naming a newspaper and nothing else ("Example Today, November 2, 2009", "3 May
    # 2021 | Example Gazette"): the page's own, as its masthead would say; a person's name there is the writer's
    dated = [(line.number, line.text) for line in clean.lines if line.role == DATELINE]
    for number, text in dated:
        meta = parse_meta_line(text)
        words = [p.text for p in meta.parts if p.kind == "words"] if meta is not None and meta.published else []
        if len(words) == 1 and is_newspaper_name(words[0]) and not names_an_agency(words[0], registry):
            if re.search(rf"{re.escape(words[0])}\s+of\s", text):
                continue  # SECTION_OF_THE_DAY: "Soccer News of Saturday, 12 December 2020", a section's page of the day
            return Found(_name(words[0], registry), "outlet-beside-date", number, text)
    # (PUBLICATION_AS_WRITER on a dated byline too: "September 30, 2017 by The Example": its date makes the line a
    # credit, not a heading; "by The Editors" credits a desk)
    dated_credits = [(line.number, line.text) for line in clean.lines if line.role in (DATELINE, BYLINE)]
    for number, text in dated_credits:
        meta = parse_meta_line(text)
        publisher = _publication_by(meta) if meta is not None and meta.published else None
        plain = (publisher or "").removeprefix("The ")
        desk_words = GENERIC_WORDS | BYLINE_ROLE_WORDS | DESK_STAFF_WORDS
        if not publisher or names_an_agency(publisher, registry) or is_desk(publisher):
            continue
        if not (_made_of(plain, desk_words) or _made_of(plain.rstrip("s"), desk_words)):
            return Found(_name(publisher, registry), "outlet-beside-date", number, text)
    # EMPTY_AUTHOR_FIELD: a template's "By" with its author field empty, then the site's name ("By , Example Daily
    # Digital"): the publication credited; a person's or an agency's name there is no site's
    for number, text in dated_credits:
        empty = EMPTY_AUTHOR_THEN_NAME.fullmatch(text.strip())
        if empty and is_newspaper_name(empty["name"]) and not names_an_agency(empty["name"], registry):
            return Found(_name(empty["name"], registry), "outlet-empty-author", number, text)
    # OUTLET_FILE_PHOTO: a picture the site took from its own files ("(Example.com file photo)", "Example file photo"):
    # the site's name or address before "file photo" (an agency's or a picture library's file is theirs)
    for number, text in every_line:
        filed = FILE_PHOTO_OF.search(text)
        name = filed["name"].strip() if filed else ""
        if name and (SITE.fullmatch(name) or _site_credit_name(name)) and not names_an_agency(name, registry):
            if name.casefold() not in PHOTO_LIBRARIES:
                return Found(_name(name, registry), "outlet-file-photo", number, text)
    # OUTLET_TOLD_THE_SITE: someone quoted as telling the site by its address ("Talking to Example-On-Sea.com, Nick says",
    # "... told Example.com:"): a site quoting itself (a paper's or an agency's name there may be another's)
    for line in body:
        told = TOLD_THE_SITE.search(line.text)
        if told and not names_an_agency(told["site"], registry):
            return Found(_name(told["site"], registry), "outlet-told-the-site", line.number, line.text)
    # OUTLET_LEAD_NAME_SPELLED: the first paragraph opening with a name and a dash that the page's address spells
    # ("EXAMPLE BOGOR – ..." and "Dok. Examplebogor.com"): the site's name, as OUTLET_LEAD_NAME reads a paper's
    addresses = {m.group("site").split(".")[0].casefold() for _, text in every_line for m in SITE.finditer(text)}
    for line in body[:DATELINE_LINES]:
        lead_name = LEAD_NAME.match(line.text)
        spelled = lead_name["name"] if lead_name else ""
        if (
            len(_letters(spelled)) >= MIN_SPELLED_NAME_LETTERS
            and _letters(spelled) in addresses
            and not is_agency(spelled, registry)
        ):
            return Found(_name(spelled, registry), "outlet-lead-name-spelled", line.number, line.text)
    # PAPER_GATHERED: the paper naming itself as the one that found out ("LEADERSHIP gathered that ...", "The Example
    # Standard, however, learnt that ...", "The Example Times can reveal"): verbs only a newsroom uses of itself, after
    # a newspaper's name or a name in capitals (no agency's: its copy is the wire's)
    for line in body:
        for found in PAPER_GATHERED.finditer(line.text):
            name = found["name"]
            paper = is_newspaper_name(name) or (name.isupper() and len(name) >= MIN_CAPS_PAPER_LETTERS and " " not in name)
            if paper and not is_agency(name, registry) and not _is_name(name):
                return Found(_name(name, registry), "outlet-paper-gathered", line.number, line.text)
    # SITE_SPEAKS_OF_ITSELF (see OUR_NAMED_CREW): the article's text calling the site its own ("our Example 5 crew saw",
    # "here at Example", "Example News will have more later")
    for line in body:
        for found in OUR_NAMED_CREW.finditer(line.text):
            name = next(value for value in found.groupdict().values() if value)
            if _made_of(name, GENERIC_WORDS) or _is_name(name) or is_place(name) or names_an_agency(name, registry):
                continue
            if found["here"] and not _brand_shaped(name):
                continue  # ("here at Harbourton": a town's name as often; a brand's shape only)
            return Found(_name(name, registry), "outlet-speaks-of-itself", line.number, line.text)
    return _domain_named_site(clean, every_line, registry)


def _brand_shaped(name: str) -> bool:
    """A site's brand, never a town's: two capitalised parts run together ("ExampleKick"), a number in it, a site's
    address, a newspaper's or a station's name."""
    return bool(
        CAMEL_CASE_BRAND.fullmatch(name) or HAS_DIGIT.search(name) or SITE.fullmatch(name) or is_newspaper_name(name)
    ) or station_shaped(name)


# OUR_NAMED_CREW (SITE_SPEAKS_OF_ITSELF): "our" before a capitalised name and the newsroom's people or cameras; "here
# at" a name ending the clause; a name opening the line that "will have more" or "will be there to provide coverage".
# (A name of the site's generic words, a person's, a place's or an agency's is none: "our News team", "here at Harbour")
OUR_NAMED_CREW = re.compile(
    r"(?<![\w-])(?i:our) (?P<crew>[A-Z][\w&'’-]*+(?: [A-Z0-9][\w&'’-]*+){0,3}) (?:crew|team|reporters?|newsroom|"
    r"photographers?|meteorologists?|journalists?|correspondents?|cameras?)\b"
    r"|(?<![\w-])here at (?P<here>[A-Z][\w&'’-]*+(?: [A-Z0-9][\w&'’-]*+){0,3})(?=[.,;!?]|$)"
    r"|^(?P<will>[A-Z][\w&'’-]*+(?: [A-Z0-9][\w&'’-]*+){0,3}) will (?:have more|have updates|be there to (?:provide|bring))\b"
)


PAPER_GATHERED = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<name>(?:The )?[A-Z][\w&'’.-]*+(?: [A-Z][\w&'’.-]*+){0,3})(?:, (?:however|meanwhile|though),)?"
    r" (?:gathered that|established that|(?:has |had )?(?:exclusively |reliably )?learnt that|can (?:exclusively )?reveal)\b"
)
MIN_CAPS_PAPER_LETTERS = 5


# FILE_PHOTO_OF (OUTLET_FILE_PHOTO): a name before "file photo", in brackets or ending the line; not a caption's words
# closed by their full stop ("Earthquake. File photo": the picture's subject, then its label)
FILE_PHOTO_OF = re.compile(
    r"(?:^|\()(?P<name>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,3})(?<!\.) (?i:file (?:photo|picture|image))\)?\.?$"
)
# TOLD_THE_SITE: "told" or "talking to" a site's address, then a colon, a comma or "that"
TOLD_THE_SITE = re.compile(
    r"\b(?:told|talking to|speaking to|said to) (?P<site>[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)*\.[a-z]{2,12})(?=[:,]| that\b)"
)
MIN_SPELLED_NAME_LETTERS = 6  # (a short name's letters may be any address's: "ABC")


# DOMAIN_NAMED_SITE: the site's name printed as its address spells it ("Telecom Today" over "www.telecomtoday.in",
# "Wróć na expressbydgoski.pl Express Bydgoski"): in the page's furniture (dropped lines, or short lines of at most
# MAX_DOMAIN_NAME_LINE_WORDS words), a name of two capitalised words or more (one word may be any word) whose letters
# are the address's first part, on the address's line or next to it. The last of the rules: a company's contact block
# in a press release names its own.
MAX_DOMAIN_NAME_LINE_WORDS = 8
NAME_WORD = re.compile(r"[^\W\d_][\w&'’-]*")
NOT_LETTER_OR_DIGIT = re.compile(r"[\W_]")


# CRUMB_HOME_WORDS: a trail's first part naming the home page, not the site ("Inicio", "Accueil", "Startseite").
CRUMB_HOME_WORDS = frozenset(
    "home|inicio|início|accueil|startseite|start|home page|homepage|главная|головна|strona główna|úvod|etusivu|anasayfa|"
    "ana sayfa|beranda|trang chủ|首页|首頁|ホーム|홈|الرئيسية|خانه".split("|")
)


def _domain_named_site(clean: CleanArticle, every_line: list[tuple[int, str]], registry: Registry) -> Found | None:
    dropped = {d.number for d in clean.dropped}
    furniture = [(n, t) for n, t in every_line if n in dropped or len(t.split()) <= MAX_DOMAIN_NAME_LINE_WORDS]
    # (a source's line names where the copy came from: "Fonte: www.example.com.br" / "Fonte: Example Noticias")
    furniture = [(n, t) for n, t in furniture if not SOURCE_LINE.match(t.strip())]
    numbers = {n: i for i, (n, _) in enumerate(furniture)}
    for number, text in furniture:
        for site in SITE.finditer(text):
            key = _letters(site.group("site").split(".")[0])
            at = numbers[number]
            for near_number, near in furniture[max(0, at - 1) : at + 2]:
                name = _spelled_as(key, near)
                if name and not names_an_agency(name, registry):
                    return Found(_name(name, registry), "outlet-domain-name", near_number, near)
    return None


def _letters(text: str) -> str:
    """A name's letters and digits, case-folded, as an address spells them ("Telecom-Today" -> "telecomtoday")."""
    return NOT_LETTER_OR_DIGIT.sub("", text).casefold()


def _spelled_as(key: str, text: str) -> str | None:
    """The run of capitalised words of the text whose letters, joined, are the key, "Telecom Today" for "telecomtoday"."""
    words = list(NAME_WORD.finditer(text))
    for i in range(len(words)):
        joined = ""
        for j in range(i, min(i + MAX_MASTHEAD_WORDS, len(words))):
            if not words[j].group()[:1].isupper():
                break
            joined += _letters(words[j].group())
            if joined == key and j > i:
                return text[words[i].start() : words[j].end()]
            if not key.startswith(joined):
                break
    return None


# PHOTOGRAPHER_SLASH_AGENCY: a person's name, a slash and an agency ("Источник: Jane Roe/ТАСС", "Source: Jane Roe/Example
# Agency") is how a photographer is credited under a picture; a text's source is the agency or the site alone.
def photographer_credit(source: str) -> bool:
    head, slash, tail = source.partition("/")
    return bool(slash) and bool(tail.strip()) and len(head.split()) >= 2 and _is_name(head.strip())


# PHOTO_SITE (in OUTLET_CREDIT_SITE): an address right after a photo's or an illustration's label credits the picture
# ("Forrás: MTI - illusztráció: example.hu", "Photo: example.com"), not the page.
PICTURE_SOURCE_END = re.compile(r"\s(?:foto|fotó|fotos|photos?|pictures?|bild|фото)\.?$", re.I)
PHOTO_LABEL_BEFORE = re.compile(
    r"(?i:photos?|pictures?|images?|illustrations?|foto|fotó|fotos|illusztráció|ilustración|ilustração|illustrazione|bild|"
    r"фото)\s*+(?::|by)\s*+(?:www\.)?$"
)


# OUTLET_DESK_CREDIT: a credit to the site's newsroom by its name ("Redactie Example8 |", "Newsroom Example Ego,
# Agency", "Kaynak: Example TV Haber Merkezi", "Redaktion Example Kurier"): the newsroom's words in the languages of
# the archive's sources, the name after them (or before a Turkish "Haber Merkezi", news centre). At most
# MAX_DESK_CREDIT_WORDS words; an agency's newsroom ("Redaktion dpa") is the wire's, not the page's.
# DESK_AFTER_BY: "by" before the newsroom's word ("Di Redazione Example", "Por Redação Example", "Tim Redaksi Example"),
# and a date or time before the credit on its line ("19/12/2025 | 16:13Redacción Example 3"); a later word of the
# name may be a number ("Example 3").
DESK_WORDS = (
    r"redactie|redaktion|rédaction|redacción|redazione|redakcja|redakce|redacția|redactia|редакция|редакція|newsroom|"
    r"σύνταξη|szerkesztőség|redação|redacao|redaksi"
)
_DESK_NAME = r"[^\W\d_][\w.&'’-]*+(?: [^\W_][\w.&'’-]*+){0,3}"
# (WRITER_AFTER_THE_DESK: the newsroom's word as a label, with its colon, "Redacción: Juan Pérez": a person's name after
# it is the writer's; without the colon, "Newsroom Example Ego,", the name is the site's, whatever its shape)
# DESK_BEFORE_THE_DATE: the date after the credit ("Redacción Example 01 de abril de 2024"); Indonesian "oleh" ("by")
# before it ("Oleh Redaksi EXAMPLE | 04 November 2016"). (A word before the newsroom's, a section's name as "Policiales
# Redacción Example" may be, is not taken: on a held-out page it named no site.)
DESK_CREDIT = re.compile(
    # (AUTHOR_LABEL_FIRST: the author's label before the newsroom, "Auteur: Redactie Example")
    r"^(?:[\d/.:|\s-]*+)(?:(?i:auteur|author|autor|autore|autora|yazar)\s*+:\s*+)?(?:(?i:di|por|par|by|von|tim|da|de|la|oleh)\s++)?"
    rf"(?:(?i:{DESK_WORDS})(?:\s*+(?:(?P<colon>:)|\|)\s*+|\s++)(?P<after>{_DESK_NAME})\s*+(?:[|,]|$|(?<=\s)(?=\d{{1,2}}\s))"  # (spaces taken once: linear)
    rf"|(?i:kaynak)\s*:\s*(?P<before>{_DESK_NAME}) (?i:haber merkezi)$)"
)
MAX_DESK_CREDIT_WORDS = 8


def _desk_credit(text: str) -> re.Match[str] | None:
    """DESK_CREDIT's match, or (DATE_THEN_DESK) its match after a date and a bar ("30 Novembre 2011 | by Redazione
    Example": the date line and the newsroom's credit)."""
    desk = DESK_CREDIT.match(text)
    if desk is None and "|" in text:
        head, _, rest = text.partition("|")
        desk = DESK_CREDIT.match(rest.strip()) if parse_date(head.strip()) is not None else None
    # WEEKDAY_AFTER_THE_DESK: the newsroom's word before the date line ("REDACCIÓN Miércoles, 1 de marzo 2023"): the
    # weekday opens the date, no site's name
    if desk is not None and desk["after"] and opens_with_weekday(desk["after"]):
        return None
    return desk


DESK_WORD_ALONE = re.compile(rf"^(?i:{DESK_WORDS})\s*+:?$")
MAX_DESK_NAME_BELOW_WORDS = 3
# KOREAN_PAPER_CREDIT: a Korean paper credits its reporter in brackets after its own name, maybe with the place ("[ 예시신문
# / 인천 = 홍길동 기자 ]", "[예시일보 홍길동 기자]"): the name, when it ends as a paper's does (신문 "newspaper", 일보
# "daily", 뉴스 "news", 방송 "broadcasting", 경제 "economy", 타임스 "times", 뉴스통신 "news service"); "[서울 = 홍길동 기자]"
# names a place.
# KOREAN_PAPER_BEFORE_NAME: the paper's name, a space and the reporter, unbracketed, at a line's start ("예시닷컴 홍길동 기자
# hong@example.com"); 닷컴 (".com") ends a site's name as well, and 포스트 ("post").
# KOREAN_SIGN_OFF: the bracketed credit after the last paragraph's last sentence ("...활동기반이다. [예시포스트 홍길동 기자]").
_KOREAN_PAPER = r"[가-힣A-Za-z0-9]{1,10}(?:신문|일보|뉴스|방송|매일|경제|타임스|타임즈|저널|투데이|닷컴|포스트|뉴스통신)"
# (KOREAN_PLACE_AFTER_PAPER: the place before "=" without a slash, "[예시일보 홍성=홍길동 인턴기자]")
_KOREAN_REPORTER = r"\s?(?:/\s?[가-힣]{1,8}\s?|\s[가-힣]{1,8}\s?(?==))?=?\s?[가-힣]{2,4}\s?" + KOREAN_REPORTER_WORD + r"\s?\]"
KOREAN_PAPER_CREDIT = re.compile(
    rf"^\s*\[\s?(?P<paper>{_KOREAN_PAPER}){_KOREAN_REPORTER}"
    rf"|^\s*(?P<unbracketed>{_KOREAN_PAPER})\s{KOREAN_NAME_NOT_RANK}[가-힣]{{2,4}}\s?{KOREAN_REPORTER_WORD}(?:\s|$)"
    rf"|(?<=[.!?])\s*\[\s?(?P<signed>{_KOREAN_PAPER}){_KOREAN_REPORTER}\s*$"
    # (REPORTER_FIELD_PAPER: the "reporter's name" field of a Korean site's article holding the paper's name, "• 기자명
    # 예시신문", a staff copy)
    rf"|^\s*(?:[•·]\s*)?기자명\s*+(?P<field>{_KOREAN_PAPER})\s*$"
)
# ROMANIAN_GENITIVE (in _outlet_by_rules): "Redacția Ziarului Example", the newsroom "of the paper" Example
ROMANIAN_DESK = re.compile(r"^(?:redacția|redactia)\s", re.I)
DESK_AGAIN = re.compile(rf"(?<![^\W\d_])(?:{DESK_WORDS}|por|by|par|di|von)(?![^\W\d_])", re.I)
# OUTLET_NAMED_DESK: an English credit to the site's own desk by name ("By India Today Web Desk: ...", "The Example
# Bureau"): a name of two words or more, or "The" and one (an abbreviation, "TOI Staff", may not be the name the
# page goes by; a place, "Moscow Bureau", is the desk's city).
NAMED_DESK = re.compile(
    # (ONE_WORD_WEB_DESK: a name of one word before a web desk, "BY Example Web Desk": the qualifier says it is a site's)
    r"^(?:[Bb][Yy]\s*+:?\s*+)?(?P<web_desk>[A-Z][\w.&'’-]*+) (?:Web|Digital|Online) Desk\s*+(?:[:|,]|$)"
    # (ABOUT_THE_DESK: "About Politics Desk" heads the author's box: a desk's topic, no outlet's name)
    r"|^(?:[Bb][Yy]\s++)?(?!About )(?P<name>The [A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,2}?|[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){1,3}?)"
    r" (?:Web |News |Digital |Online )?(?:Desk|Bureau)\s*+(?:[:|,]|$)"
    # (SITE_NEWSROOM: the site's name and "Newsroom" alone on the credit's line, "Example Newsroom"; a name of one word
    # with small letters, not an abbreviation; "By" before it too: "By Example Newsroom")
    r"|^(?:By\s++)?(?P<newsroom>[A-Z][a-z][\w.&'’-]{2,}+(?: [A-Z][\w.&'’-]*+){0,2}) Newsroom$"
    # (SITE_TEAM: "By Example Team", "By The42 Team Thursday 15 Sep 2022": the site's team credited, its date after)
    r"|^[Bb][Yy]\s++(?P<team>[A-Z][\w.&'’-]++(?: [A-Z][\w.&'’-]*+){0,2}) Team(?=\s*+$|\s++(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d))"
)
TEAM_GENERIC_WORDS = frozenset("our web city metro foreign editorial digital content social media sport sports".split())
# OUTLET_REPORT_OF: Persian news opens with the site's own "به گزارش <site>" ("according to the report of <site>"),
# before the agency it quotes ("به نقل از ایسنا", archive's wire): the site is the page's outlet.
REPORT_OF_LINES = 4
REPORT_QUOTING = re.compile(r"^به گزارش [^،,؛\s]+(?: [^،,؛\s]+)? به نقل از (?P<wire>[^،,؛\s]+(?: [^،,؛\s]+)?)\s*[،,؛]")
# (REPORTER_OF: "به گزارش خبرنگار Example 24،", "as the reporter of Example reports": the site's own reporter)
REPORT_OF = re.compile(r"^به گزارش (?:خبرنگار )?(?P<outlet>[^،,؛\s]+(?: [^،,؛\s]+)?)(?: (?=به نقل از)| ?(?=[،,؛]))")

# SOURCE_NAME_ONLY: a source line's name without what follows it on the line: an address ("Source: Example feed
# https://example.link/x") or a date after a comma ("Source: Example News Service, September 27, 2010").
SOURCE_TAIL_ADDRESS = re.compile(r"(?<!\s)\s++(?:https?://|www\.)\S*+$")  # a run of spaces entered at its start: linear


# SOURCE_THEN_LABEL: a source's name ends where the next credit's label begins ("Source: Example Wire - Photo:
# example.com", "Forrás: MTI - illusztráció: ...").
# (NEXT_LABEL_IN_LINE: or at the next label with no separator before it, "Source: Example Editor: jane 2023-03-21")
NEXT_CREDIT_LABEL = re.compile(
    r"(?<!\s)\s++[-–—|/]\s*+[^\W\d_]++\s*+:.*$|(?<!\s)\s++(?-i:[A-Z])[^\W\d_]++\s?:\s.*$"
    # CJK_EDITOR_AFTER_SOURCE: the editor's credit run on after a Chinese source ("来源:新华国际责任编辑:陈玮"): the source
    # ends where "(责任)编辑:" begins
    r"|(?:责任编辑|責任編輯|编辑|編輯)\s*+[:：].*$"
)  # (a run of spaces entered at its start: linear)


# OUTLETS_OWN_COPY: a source named in the text that is the page's outlet ("QUEZON CITY (EXA) –" on EXA's site, "Sumber:
# Example TV" on example.tv) credits the outlet's own copy: no wire (the development sets' labels say so on 13 of the 17
# pages where the two were read the same). Compared without case, spaces, punctuation, "www." and the domain's ending.
# A wire's name ("Example Newswire", an agency the registry or archive.byline knows) stays the wire, and an agency's
# footer (OUTLET_AGENCY_FOOTER) names the copy's agency, not the page's owner.
WIRE_NAME_WORDS = frozenset("agency agencies wire newswire service services".split())
SAME_SOURCE_MIN_CHARS = 3  # a shorter name inside a longer one is no match ("AP" inside "Kapital")
SOURCE_KEY_DROPS = re.compile(r"^www\.|\.(?:com|net|org|co|tv|id|info|news)(?:\.[a-z]{2})?\b|[\W_]", re.I)


def _source_keys(name: str) -> set[str]:
    folded = name.casefold().removeprefix("www.")
    return {key for key in (SOURCE_KEY_DROPS.sub("", folded), re.sub(r"[\W_]", "", folded)) if key}


def same_source(outlet: str, wire: str) -> bool:
    if _source_keys(outlet) & _source_keys(wire):
        return True  # ("kompas.tv" and "Kompas TV": "kompastv")
    # a credit with more after the outlet's name ("example.lt / aut", "Example.com, Harbour Desk")
    return len(outlet) >= SAME_SOURCE_MIN_CHARS and wire.casefold().startswith((outlet.casefold() + " ", outlet.casefold() + ","))


def outlets_own_copy(outlet: str | None, outlet_rule: str, wire: str | None, registry: Registry) -> bool:
    if outlet is None or wire is None or outlet_rule == AGENCY_FOOTER or not same_source(outlet, wire):
        return False
    words = {word.casefold() for word in NAME_PARTS.split(wire.strip())}
    return not (words & WIRE_NAME_WORDS or is_agency(wire, registry))


# SOURCE_HEADS_THE_PAGE: a source line naming the paper whose name opens a line above the headline ("《Example》—our own
# paper" at the top, "来源:Example" by the date) credits the page's own copy: the paper is the outlet, and no wire. A
# reprint's source (an agency, never taken so) does not head the page that reprints it. The name opens the line, alone
# or in its title brackets, and is followed by the line's end, a bracket, a dash, a bar or a space.
HEADED_BY_NAME = r"^[《〈\"“«]?{name}(?:$|[》〉\"”»\s|–—-])"


def source_heads_the_page(clean: CleanArticle, wire: str | None, wire_rule: str, registry: Registry) -> bool:
    if wire is None or wire_rule != "wire-source-line" or clean.title is None or is_agency(wire, registry):
        return False
    headed = re.compile(HEADED_BY_NAME.format(name=re.escape(wire.strip())))
    # (the line taken as the headline too: a masthead with its slogan may have been taken for it)
    return any(headed.match(text.strip()) for text in clean.raw.lines[: clean.title.number])


# CJK_SOURCE_AFTER_THE_WRITERS: a Chinese credit line, the writers under their label and the copy's source under its own
# at the end ("作者: 丁某 褚某 来源: 环球时报", "writers: ..., source: Global Times"): the source is the wire.
CJK_SOURCE_AFTER_THE_WRITERS = re.compile(
    r"^(?:作者|記者|记者|编辑|編輯)\s?[:：][^:：]{1,80}?\s(?:来源|來源)\s?[:：]\s?(?P<source>[^\s:：]{2,20})$"
)
# PLACE_DASH_AGENCY: a dateline on its own line, the place and the agency ("Beijing - Xinhua", "بكين - أ ش أ": MENA's
# dispatch from Beijing): the place up to three words, no digits; the agency a known one (is_agency).
_LINE_PLACE = r"^[^\W\d_][^\W\d]*+(?:[ .'’-][^\W\d_][^\W\d]*+){0,2}"  # (the place: up to three words, no digits)
PLACE_DASH_AGENCY = re.compile(_LINE_PLACE + r"\s[-–—]\s(?P<agency>[^\W\d_][^-–—]{0,40})$")
# PLACE_BRACKETED_AGENCY: the same with the agency in brackets ("STOCKHOLM (TT)", "Politik (TT)": a section where the
# place would be), alone on its line above the text.
PLACE_BRACKETED_AGENCY = re.compile(_LINE_PLACE + r"\s?\((?P<agency>[^\W\d_][^()]{0,40})\)$")


# QUOTED_SOURCES: sources named in quotation marks ("“Example Novosti” and “TASS” in Telegram"): the first one named,
# without its marks (the platform it was read on, and the others, are no part of its name)
QUOTED_SOURCE = re.compile(r"^[“\"«„](?P<name>[^”\"»“]{2,60})[”\"»“](?:\s|$)")


def _source_name(name: str) -> str:
    name = NEXT_CREDIT_LABEL.sub("", SOURCE_TAIL_ADDRESS.sub("", name.strip()))
    quoted = QUOTED_SOURCE.match(name)
    if quoted:
        return quoted["name"].strip()
    head, comma, tail = name.partition(", ")
    if comma and head and parse_date(tail) is not None:
        return head
    # SOURCE_THEN_DATE: the name, then the date and time without a comma ("The Example November 23, 2024 12:04 UTC")
    # (SOURCE_THEN_ISSUE: or the issue's month and year after a full stop, "Le Monde example. Octobre 2019", in any of
    # the archive's languages)
    issue = SOURCE_THEN_MONTH.match(name)
    if issue and (issue["month"] in MONTHS or issue["month"] in FOREIGN_MONTHS):
        return issue["name"]
    words = name.split()
    for k in range(1, min(len(words), MAX_SOURCE_WORDS + 1)):
        meta = parse_meta_line(" ".join(words[k:])) if words[k][:1].isdigit() or words[k][:1].isupper() else None
        if meta is not None and meta.published is not None and {p.kind for p in meta.parts} <= SOURCE_DATE_PARTS:
            return " ".join(words[:k])
    return name


SOURCE_DATE_PARTS = frozenset(("date", "time", "filler"))
SOURCE_THEN_MONTH = re.compile(r"^(?P<name>.{2,60}?)[.,]\s(?P<month>[^\W\d_]{3,12})\.?\s(?:19|20)\d{2}$")
VIA_IN_BRACKETS = re.compile(r"^[\[(](?i:via|h/t)\s?:?\s(?P<name>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,4})[\])]$")
SOURCE_DASH_ADDRESS = re.compile(
    r"^(?i:source|fuente|fonte|quelle|źródło)\s?[-–—]\s?(?:https?://)?(?:www\.)?(?P<site>[a-z0-9-]++(?:\.[a-z0-9-]++)*\.[a-z]{2,12})/?\S*$"
)


# STATION_OWN_LEAD: a broadcaster's call letters ("(WXYZ) —", four letters opening with W or K) or its name with its
# channel number ("(FOX 44)", "(KARE 11)") in the first paragraph's dateline: the station's own report on its own site,
# not copy from a wire (the development sets' labels, from nine stations, all say so).
CALL_LETTERS = re.compile(r"^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?$")


# INITIALS_IN_DATELINE_ARE_AN_AGENCY: two or three capitals in a first paragraph's dateline, no station's call letters
# and no registry outlet ("BUENOS AIRES (EX).-", "MADRID (EP)."), are an agency's initials, as "(AP)" and "(AFP)" are:
# the wire source, not the page's own name.
AGENCY_INITIALS = re.compile(r"^[A-Z]{2,3}$")


# (OLD_CALL_LETTERS: three letters opening with K or W are an old station's call letters, "(WXY)", unless the
# registry knows an agency by them)
OLD_CALL_LETTERS = re.compile(r"^[KW][A-Z]{2}$")


def _agency_initials(name: str, registry: Registry) -> bool:
    name = name.strip(" .")
    if OLD_CALL_LETTERS.match(name) and not is_agency(name, registry):
        return False
    return bool(AGENCY_INITIALS.match(name)) and registry.canonical("outlets", name) is None


def _station(name: str) -> bool:
    name = name.strip(" .")
    return bool(CALL_LETTERS.match(name)) or (
        bool(STATION_NUMBER.match(name)) and name.split()[0].casefold() not in NOT_A_STATION
    )


REPORTER_IN_BRACKETS = re.compile(r"^(?i:reporters?|correspondents?|journalists?|by)\s")


FIRST_PUBLISHED_BY = re.compile(
    rf"^(?i:this (?:report|article|story|column|piece)) (?:(?i:by|from) (?P<by>{_GLUED_NAME}) (?i:was (?:first|originally) published)\b"
    rf"|(?i:was (?:first|originally) published (?:by|in|on)|(?:first|originally) appeared (?:in|on)) (?P<by_after>{_GLUED_NAME})(?:[.,]| on\b| in\b|$))"
    # (FIRST_APPEARED_FOREIGN, archive.rules' REPRINT_APPEARED_FOREIGN: "Dieser Artikel erschien zuerst bei Example.")
    rf"|^(?i:{rules.REPRINT_APPEARED_FOREIGN}) (?P<by_foreign>{_GLUED_NAME})\.?$"
    # (PUBLISHED_ON_A_DATE_BY: "Originally published May 17, 2018 by Example Scoop", the date between)
    rf"|^(?i:originally|first) (?i:published|posted|appeared) (?:(?i:on) )?[^.!?]{{4,30}}? (?i:by) (?P<by_dated>{_GLUED_NAME})\.?$"
)


# GENERIC_WIRE_CREDIT: a credit naming agencies without a name ("With inputs from agencies", "Wire services") says
# the copy drew on wires, not which: no wire's name (the line still goes as the credit it is).
# (UNNAMED_AGENCIES: "Agencies" alone credits news agencies without naming one: no wire source is known)
GENERIC_WIRE_CREDITS = frozenset(
    "news wires|wires|wire services|news agencies|agency reports|inputs from agencies|with inputs from agencies|agencies|"
    "agency|agencies and staff|"
    # (ORIGINAL_ARTICLE_LINK: "Source: Original Article", the link to the copy's source without its name)
    "original article|original story|original post|original source|the original article|original".split("|")
    # (RELEASE_SOURCE: "Source: Release", "Source: Press release" say the copy is a release, not whose)
    + "release|press release|news release|media release|handout|press statement".split("|")
)


def wire(clean: CleanArticle, registry: Registry) -> Found | None:
    """The agency or original source the copy came from (see the module's rules), or None. LINK_LABEL_SOURCE: a
    source's label followed by its link's words, the name lost ("Źródło: Read More", "Source: Click here"), names none."""
    found = _wire_by_rules(clean, registry)
    if found is None or found.name.strip(" .()").casefold() in GENERIC_WIRE_CREDITS:
        return None
    return None if rules.key_of(found.name) in LINK_LABELS else found


LINK_LABELS = frozenset("read more|more|click here|here|link|read the full story|full story|view|see more".split("|"))


# SOURCE_WITH_WRITER: a source line naming the source and its writer between slashes or spaced dashes ("Source:
# example.com/Jane Roe", "Fonte: Jane Roe/ASCOM/PMNP", "Fonte: MF – Jane Roe (pag. 6)"): the source is the parts that
# are no person's name (a writer's name may open in lower case, as typed: "example.com/jane Roe"), as printed.
SOURCE_PARTS = re.compile(r"((?:(?<!\s)\s*+)?/\s*+|\s[-–—]\s)")  # ((?<!\s): linear on a long run of spaces)
PAGE_NOTE_TAIL = re.compile(r"(?<!\s)\s*+\([^()]{1,20}\)$")
# ... when what is left looks like a source's name, never a person's: a site's address or initials ("ASCOM/PMNP", "MF")
SITE_OR_INITIALS = re.compile(
    r"^(?:[\w-]++\.[\w.-]*[a-z]|[A-Z]{2,8}(?:/[A-Z]{2,8})*+)$"
)  # ("(pag. 6)", "(p. 4)": where in the paper)


def _without_writers(named: str) -> str:
    pieces = SOURCE_PARTS.split(PAGE_NOTE_TAIL.sub("", named))
    parts = pieces[::2]
    if len(parts) < 2:
        return named
    writer = [_is_name(part.strip()[:1].upper() + part.strip()[1:]) for part in parts]
    if not any(writer) or all(writer):
        return named
    kept = [k for k, is_writer in enumerate(writer) if not is_writer]
    source = "".join(pieces[2 * kept[0] : 2 * kept[-1] + 1]).strip()
    return source if SITE_OR_INITIALS.match(source) else named


# AGENCY_ROLE_LINE: the writer's role at an agency on its own line under the byline ("By Jane Roe" / "AP Sports
# Writer", "Associated Press Correspondent"): the agency wrote the copy, as "By Jane Roe, AP Sports Writer" says
AGENCY_ROLE_LINE = re.compile(r"^(?P<words>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,5}) (?:Writer|Correspondent|Reporter)s?$")
MAX_BEAT_WORDS = 2  # ("AP Chief Medical Writer": the beat's words between the agency and the role)


def _agency_role_line(text: str, registry: Registry) -> str | None:
    """AGENCY_ROLE_LINE: the agency's name of the line's first words, the beat's after it, or None."""
    line = AGENCY_ROLE_LINE.match(text)
    words = line["words"].split() if line else []
    for cut in range(len(words), max(len(words) - MAX_BEAT_WORDS, 1) - 1, -1):
        if is_agency(" ".join(words[:cut]), registry):
            return " ".join(words[:cut])
    return None


def _wire_by_rules(clean: CleanArticle, registry: Registry) -> Found | None:
    dateline = _dateline(clean)
    if dateline:
        number, text, pieces = dateline
        slash = LEAD_DATELINE.match(text).group("slash")  # type: ignore[union-attr]
        agencies = [p for p in pieces if slash or names_an_agency(p, registry)]
        if agencies:
            return Found(_name(agencies[0], registry), "wire-in-dateline", number, text)

    # FIRST_PUBLISHED_BY: the wire's own note under its copy ("This report by The Canadian Press was first published
    # Oct. 2, 2023", "This article was originally published by Example News"): the copy's source, whoever it is
    for number, text in _every_line(clean):
        first = FIRST_PUBLISHED_BY.match(text.strip())
        if first:
            name = (first["by"] or first["by_after"] or first["by_dated"] or first["by_foreign"]).strip()
            return Found(_name(name, registry), "wire-first-published-by", number, text)

    # CONTRIBUTED_WIRE: the newsroom whose people contributed to the report ("Example News' Jane Roe contributed to this
    # report"), or the agency that did ("The Associated Press contributed reporting"): where part of the copy came from
    for number, text in _every_line(clean):
        contributed = rules.CONTRIBUTED_CREDIT.match(text.strip())
        if contributed and contributed["org"] and not _is_name(contributed["org"]):
            return Found(_name(contributed["org"], registry), "wire-contributed", number, text)
        if contributed and is_agency(contributed["names"], registry):
            return Found(_name(contributed["names"], registry), "wire-contributed", number, text)

    # WIRE_IN_LEAD: the agency of a first paragraph's dateline in the shapes archive.metaline.parse_lead reads and the
    # pattern above does not ("(Example News) - ...", "MOSCOW {AP}— ...", "MEXICO (Example) 03 de abril de 2020.- ...").
    first_lines = [line for line in clean.lines if line.role in (STANDFIRST, PARAGRAPH)][:DATELINE_LINES]
    for line in [line for line in clean.lines if line.role in (STANDFIRST, PARAGRAPH)][:LEAD_SITE_LINES]:
        pair = LEAD_SITE_AND_WIRE.match(line.text)
        if pair and is_agency(pair["wire"], registry):
            return Found(_name(pair["wire"], registry), "wire-lead-site-and-wire", line.number, line.text)
        opening = (
            AGENCY_BEFORE_THE_DASH.match(line.text)
            or ACCORDING_TO_IN_BRACKETS.match(line.text)
            or PLACE_ANY_CASE_THEN_AGENCY.match(line.text)
        )
        if opening and is_agency(opening["wire"], registry):
            return Found(_name(opening["wire"], registry), "wire-agency-before-the-dash", line.number, line.text)
    for line in first_lines:
        lead = parse_lead(line.text, text_above(clean.raw.lines, line.number))
        if lead is not None and lead.wire and REPORTER_IN_BRACKETS.match(lead.wire):
            # REPORTER_IN_BRACKETS: "Example Agency, Beijing, May 24 (Reporter Jane Roe) –" names a writer in brackets;
            # the agency heading the dispatch, when it is one, is the wire (a Chinese dispatch's head in translation)
            head = line.text.split(",", 1)[0].strip()
            if head != line.text.strip() and names_an_agency(head, registry):
                return Found(_name(head, registry), "wire-dispatch-head", line.number, line.text)
            break
        station = lead is not None and lead.wire and _station(lead.wire) and not is_agency(lead.wire, registry)
        if lead is not None and lead.wire and not _numbered(lead.wire) and not station:
            if _says_ours(lead.wire):
                break  # OURS_NOT_A_NAME
            pieces = [p.strip(" .") for p in PIECES.split(lead.wire) if p.strip(" .")]
            if len(pieces) >= 2 and not any(names_an_agency(p, registry) for p in pieces):
                break  # OWN_BRANDS: "(Example / Example Point News - 24th Jun, 2024)", no agency among them: the site's
            edition = WIRE_EDITION.fullmatch(lead.wire.strip())
            name = edition["service"] if edition else lead.wire
            return Found(_name(name, registry), "wire-in-lead", line.number, line.text)

    # CJK_ACCORDING_TO: a Chinese first paragraph opening with its source ("据新华社电", "據新華社報導", "（据中新网消息）"):
    # the agency or site that sent it, as printed (read in the simplified view, CJK_SEARCH_VIEW, glosses and all)
    for line in first_lines[:1]:
        searched, printed = cjk_printed_view(line.text)
        according = CJK_ACCORDING_TO.match(searched)
        if according:
            return Found(_name(printed(*according.span("wire")), registry), "wire-according-to", line.number, line.text)

    # WIRE_QUOTED_IN_REPORT: a Persian paragraph's "به گزارش <site> به نقل از <agency>؛" ("quoting <agency>"): the agency
    for line in [line for line in clean.lines if line.role in (STANDFIRST, PARAGRAPH)][:REPORT_OF_LINES]:
        quoted = REPORT_QUOTING.match(line.text)
        if quoted:
            return Found(_name(quoted["wire"], registry), "wire-quoted-in-report", line.number, line.text)

    # WIRE_TITLE_BRACKETS: an agency's name in brackets after the headline ("Headline (Example Agency)",
    # archive.headline's TITLE_SOURCE_BRACKETS)
    if clean.title is not None:
        bracketed = split_headline(clean.title.text).source
        if bracketed:
            return Found(_name(bracketed, registry), "wire-title-brackets", clean.title.number, clean.title.text)

    # WIRE_READ_AT_SOURCE: an aggregator's link to the copy's source site ("Читать источник example.kz",
    # archive.rules' READ_AT_SOURCE) names the site the copy came from
    for dropped in clean.dropped:
        at_source = rules.READ_AT_SOURCE.match(dropped.text) if dropped.rule == rules.END_MARKER else None
        if at_source:
            return Found(at_source["site"], "wire-read-at-source", dropped.number, dropped.text)
        # WIRE_READ_IT_AT: a digest's "Read it at Example Press" (archive.rules' READ_IT_AT) names the story's publisher
        read_it_at = rules.READ_IT_AT.match(dropped.text.strip()) if dropped.rule == rules.SOURCE_CREDIT else None
        if read_it_at:
            return Found(_name(read_it_at["site"], registry), "wire-read-it-at", dropped.number, dropped.text)

    # Credit lines: kept ones, and dropped ones inside the article (a credit under the headline or the last paragraph
    # may be dropped as a bullet or a stray line); photo credits never.
    numbers = [line.number for line in clean.lines if line.role in (STANDFIRST, PARAGRAPH)]
    inside = range(min(numbers, default=0) - MASTHEAD_LINES, max(numbers, default=0) + MASTHEAD_LINES)
    # (SOURCE_WITH_DESCRIPTION: a longer source line says what the source is, "Source: Example Agency, a state news
    # outlet, citing ...": read too, its agency taken from its parts)
    credits = [
        (line.number, line.text)
        for line in clean.lines
        if line.role in (BYLINE, DATELINE, PARAGRAPH, HEADING)
        and (
            len(line.text) < SHORT_CREDIT_CHARS
            or (len(line.text) < MAX_DESCRIBED_SOURCE_CHARS and SOURCE_RE.match(line.text.strip()))
        )
    ]
    # OTHER_STORIES_SOURCES: the source printed under each headline of a list of other stories (archive.rules'
    # SOURCE_UNDER_EACH_ITEM) names their wire, not this copy's
    repeated = Counter(d.text for d in clean.dropped if d.rule == rules.RELATED_HEADLINE)
    listed_sources = {text for text, count in repeated.items() if count >= rules.MIN_SOURCED_ITEMS}
    credits += [
        (d.number, d.text)
        for d in clean.dropped
        if d.rule not in PHOTO_RULES and d.text not in listed_sources and (d.number in inside or d.rule in CREDIT_RULES)
    ]
    roles = {line.number: line.role for line in clean.lines}
    last_paragraph = max((line.number for line in clean.lines if line.role == PARAGRAPH), default=None)
    under_the_text = (
        min((n for n in [*roles, *(d.number for d in clean.dropped)] if n > last_paragraph), default=None)
        if last_paragraph is not None
        else None
    )
    title = clean.title  # once: asked per credit line, it was a scan of every line each time (quadratic)
    # AGENCY_LIST: lines that are each an agency's name alone, naming different agencies ("• Example Agency", "• Other
    # Wire", "• Third News"), are a list of outlets in the text, not the copy's credit: none of them is the wire
    alone = {_name(m.group("name"), registry) for _, text in credits if (m := CREDIT_NAME.match(text.strip()))}
    listed = len({name for name in alone if is_agency(name, registry)}) > 1
    for number, printed_text in sorted(credits):
        text = unglued_tail(printed_text)  # (GLUED_CREDIT_TAIL: "Jane RoeAAP" credits the wire after the name)
        if is_photo_credit_slash(text, lambda name: is_agency(name, registry)):
            continue  # PHOTO_CREDIT_SLASH (archive.byline): a photographer's agency is not the copy's
        fielded = CJK_SOURCE_AFTER_THE_WRITERS.match(text.strip()) if "源" in text else None
        if fielded:  # CJK_SOURCE_AFTER_THE_WRITERS
            return Found(_name(fielded["source"], registry), "wire-source-after-the-writers", number, printed_text)
        after_the_writer = agency_after_the_writer(text.strip())[1]
        if after_the_writer:  # AGENCY_AFTER_THE_WRITER (archive.byline): "By Jane Roe with AFP"
            return Found(_name(after_the_writer, registry), "wire-after-the-writer", number, printed_text)
        signed = rules.EDITORS_THEN_AGENCIES.match(text.strip())  # ("jsi/msh (dpa, AFP)", known agencies only)
        if signed:
            names = [p.strip() for p in WIRE_LIST_SPLIT.split(signed["agencies"]) if p.strip()]
            name = _name(names[0], registry) if len(names) == 1 else signed["agencies"]
            return Found(name, "wire-editors-then-agencies", number, printed_text)
        inputs = WITH_MATERIAL_FROM.match(text.strip())
        agencies = [p.strip() for p in WIRE_LIST_SPLIT.split(inputs["names"])] if inputs else []
        credited_as = (
            (lambda p: names_an_agency(p, registry)) if inputs and inputs["bare"] else (lambda p: _credited_source(p, registry))
        )
        if agencies and len(agencies) <= MAX_WIRES_CREDITED and all(p and credited_as(p) for p in agencies):
            name = _name(agencies[0], registry) if len(agencies) == 1 else inputs["names"]  # type: ignore[index]
            return Found(name, "wire-with-material-from", number, printed_text)
        # AGENCIES_CREDITED: a credit line naming two or three agencies ("KYODO, AFP-JIJI", "Reuters/AFP", "AP and
        # Reuters"): the copy's sources, as printed
        # (after a source's label: "Source: Reuters/AFP" credits "Reuters/AFP")
        labelled = SOURCE_RE.match(text.strip())
        credited = text.strip()[labelled.end() :].strip() if labelled else text.strip()
        if credited[:1] + credited[-1:] in ("()", "[]"):
            credited = credited[1:-1].strip()  # ("(Reuters, AFP)": the agencies in brackets under the article)
        parts = WIRE_LIST_SPLIT.split(credited)  # (archive.byline's WIRES_CREDITED: the same separators and count)
        # (each part short and one name: "Jane Roe | John Doe with Reuters, AFP" credits writers, not two agencies)
        short = all(len(p.split()) <= MAX_AGENCY_PART_WORDS and "|" not in p for p in parts)
        if (
            2 <= len(parts) <= MAX_WIRES_CREDITED
            and short
            and all(p and names_an_agency(p, registry) for p in parts)
            and not listed
        ):
            return Found(credited, "wire-credit-line", number, printed_text)
        # PICTURE_COPYRIGHT_IN_THE_TEXT: "© AAP" between the paragraphs is the picture's credit above it, no wire's
        pictured = text.strip().startswith(COPYRIGHT_MARKS) and last_paragraph is not None and number < last_paragraph
        if pictured:
            continue
        m = CREDIT_NAME.match(text.strip())
        if m and is_agency(m.group("name"), registry) and not listed:
            return Found(_name(m.group("name"), registry), "wire-credit-line", number, printed_text)
        syndicated = SYNDICATED_COPYRIGHT.match(text.strip())
        if syndicated is not None:
            return Found(_name(syndicated["holder"], registry), "wire-syndicated-copyright", number, printed_text)
        holder = COPYRIGHT_HOLDER.match(text.strip()) if number == under_the_text and re.search(YEARS, text) else None
        if holder and is_agency(holder["holder"], registry) and not _own_staff_byline(clean, registry):
            # AGENCY_COPYRIGHT_UNDER_TEXT: "(c) 2011 AFP" right under the last paragraph: the agency owns the copy (when
            # it owns the page too, archive.extract's OUTLETS_OWN_COPY leaves the outlet alone); without a year, or
            # further down, a © credits a photo or the site's footer
            return Found(_name(holder["holder"], registry), "wire-copyright-under-text", number, printed_text)
        # AGENCY_AS_BYLINE: "By IANS", "By Example Agency": the agency wrote the copy (its name alone after "By");
        # AGENCY_IN_ITS_SCRIPT: an agency's name alone in a script CREDIT_NAME does not read ("新華社", "（中新社）")
        by = BY_PREFIX.match(text.strip())
        credited_by = CREDIT_NAME.match(text.strip()[by.end() :].strip()) if by else None
        if credited_by and is_agency(credited_by.group("name"), registry) and not listed:
            return Found(_name(credited_by.group("name"), registry), "wire-agency-byline", number, printed_text)
        unbracketed = text.strip().strip(BRACKETS_AROUND_A_NAME)
        if not by and not m and unbracketed and is_agency(unbracketed, registry) and not listed:
            return Found(_name(unbracketed, registry), "wire-credit-line", number, printed_text)
        staffed = _agency_role_line(text.strip(), registry) if roles.get(number) == BYLINE else None
        if staffed and not listed:
            return Found(_name(staffed, registry), "wire-credit-line", number, printed_text)  # AGENCY_ROLE_LINE
        placed = PLACE_DASH_AGENCY.match(text.strip()) or PLACE_BRACKETED_AGENCY.match(text.strip())
        if placed and is_agency(placed.group("agency"), registry) and not listed:
            return Found(_name(placed.group("agency"), registry), "wire-credit-line", number, printed_text)
        filed = wire_and_place(text) if roles.get(number) == BYLINE else None  # WIRE_AND_PLACE: "AFP, Mumbai :"
        if filed and not listed:
            return Found(_name(filed, registry), "wire-credit-line", number, printed_text)
        if roles.get(number) == BYLINE and registry.canonical("outlets", text.strip()) and not listed:
            # WIRE_OUTLET_CREDIT: a credit line that is a registry outlet's name alone ("Example Welle" under the
            # headline) names where the copy came from, as an agency's does
            return Found(_name(text, registry), "wire-credit-line", number, printed_text)
        # WIRE_IN_METADATA_LINE: a credit or date line read part by part names its wire ("By Jane Doe, UPI",
        # "Harbour City, Aug 16 (UNI)")
        below_title = title is None or number > title.number  # above it: a photo's caption and credit
        meta = parse_meta_line(text) if roles.get(number) in (BYLINE, DATELINE) else None
        if meta is not None and not below_title:
            # DATED_AGENCY_SOURCE_ABOVE: over the headline, a date line naming an agency as its source ("Last Updated :
            # Jan 17, 2019 07:54 PM IST | Source: Example Agency") is the page's own, no picture's credit
            dated = meta.published is not None or meta.updated is not None
            meta = meta if dated and meta.source and is_agency(meta.source.strip(" ."), registry) else None
        if meta is not None and meta.wire:
            return Found(_name(meta.wire, registry), "wire-credit-line", number, printed_text)
        if (
            meta is not None
            and meta.source
            and not SOURCE_LINE.match(text.strip())
            and len(meta.source.split()) <= MAX_SOURCE_WORDS
            and not DESK_CREDIT.match(text.strip())  # the site's own newsroom is no wire ("Kaynak: Example TV Haber Merkezi")
            and meta.source.strip(" .").casefold() not in NOT_A_COPY_SOURCE  # (PICTURE_LIBRARY_SOURCE, below)
            and "://" not in meta.source  # (SOURCE_IS_A_LINK, below)
            and not photographer_credit(meta.source.strip())  # (PHOTOGRAPHER_SLASH_AGENCY)
        ):
            # WIRE_SOURCE_PART: a date line with its source in it ("2024-05-16 10:20 来源：新华网", "Published: ... |
            # Source: Interfax"): the source is where the copy came from, as on a line of its own (below)
            return Found(_name(_source_name(meta.source).rstrip(" -–—|,;"), registry), "wire-source-line", number, printed_text)
        footer = rules.FEED_FOOTER.match(text.strip())
        if footer:
            # FEED_FOOTER (archive.rules): the site the post came from; of a title with its tagline after a bar, the
            # shorter part ("Nigerian: Breaking News In Nigeria | Example's Blog" -> "Example's Blog")
            parts = [p.strip() for p in BAR_PARTS.split(footer["site"]) if p.strip()]
            return Found(_name(min(parts, key=lambda p: len(p.split())), registry), "wire-feed-footer", number, printed_text)
        via = VIA_IN_BRACKETS.match(text.strip()) or SOURCE_DASH_ADDRESS.match(text.strip())
        if via and not listed:
            # VIA_IN_BRACKETS: "[via Example]", "(h/t Example)" under a blog's post; SOURCE_DASH_ADDRESS: "Source -
            # https://www.example.com": where the copy came from, the site by its address
            name = via.group("name") if "name" in via.groupdict() else via.group("site")
            if name.casefold().split(".")[0] not in PHOTO_LIBRARIES:
                return Found(_name(name, registry), "wire-via", number, printed_text)
        republished = rules.REPUBLISHED_UNDER_LICENCE.match(text.strip())
        if republished:
            # REPUBLISHED_UNDER_LICENCE (archive.rules): "This article is republished from Example News under a Creative
            # Commons license. Read the original article." names the copy's source, however long the notice
            return Found(_name(republished["source"], registry), "wire-republished", number, printed_text)
        source = _source_line(text)
        if source:
            named = _without_writers(_source_name(source.group("name")))
            head, comma, tail = named.rpartition(",")
            if comma and head.strip() and (parse_date(tail.strip()) is not None or NUMERIC_DATE.fullmatch(tail.strip())):
                named = head.strip()  # DATE_AFTER_THE_SOURCE: "Source: Example Times, 08/10/2023", the day it ran there
            parts = [p for p in SOURCE_SPLIT.split(named) if p.strip()]
            agencies = [p for p in parts if is_agency(p, registry)]
            name = agencies[0] if agencies else named
            # PICTURE_LIBRARY_SOURCE: a picture's "Source: Wikimedia Commons" under its caption credits the picture;
            # SOURCE_IS_A_LINK: "Source : https://images.example.com/.../photo.jpg" gives an address, no one's name
            link = "://" in name
            # PICTURE_SOURCE_WORD: a source ending with the word for a photo ("Sursa: Hepta/Mediafax Foto", "Source:
            # Example Photo") credits the picture above, not the copy
            picture = PICTURE_SOURCE_END.search(named) is not None or photographer_credit(named)
            desk = DESK_CREDIT.match(text.strip())  # the site's own newsroom (OUTLET_DESK_CREDIT), no wire
            described = len(text) >= SHORT_CREDIT_CHARS  # SOURCE_WITH_DESCRIPTION: its agency only
            # (SOURCE_IS_A_DATE: "Originally published on September 20, 2017 9:12 am" says when, no one's name)
            dated = parse_date(name.strip()) is not None
            if (
                not dated
                and 0 < len(name.split()) <= MAX_SOURCE_WORDS
                and (agencies or not described)
                and not (name[:1].islower() and " " in name.strip())  # SOURCE_IN_WORDS: "Source: the council's own figures"
                and name.strip(" .").casefold() not in NOT_A_COPY_SOURCE
                and not link
                and not picture
                and not desk
                and (agencies or not is_place(name))  # (SOURCE_IS_A_PLACE: "Source: Example City" names where, not who)
            ):
                return Found(_name(name, registry), "wire-source-line", number, printed_text)
    # CJK_AGENCY_SIGNOFF: a Chinese paragraph signed off with its source in full-width brackets ("...文件。（新華社）"), as
    # "(Xinhua)" signs off an English one: the agency or the site, its name ending as one does (社, 网/網, 台, 报/報)
    for line in [line for line in clean.lines if line.role == PARAGRAPH]:
        cjk_signoff = CJK_SIGNOFF.search(line.text)
        if cjk_signoff:
            return Found(_name(cjk_signoff["name"], registry), "wire-cjk-signoff", line.number, line.text)
    # NEWSPAPER_SIGNOFF: a paragraph signed off with a newspaper's name in brackets ("... the accident occurred. (Example
    # Examiner)"), as an agency's sign-off ("(Xinhua)") names the copy's source
    paragraphs = [line for line in clean.lines if line.role == PARAGRAPH]
    for line, above in zip(paragraphs[-DATELINE_LINES:], [None, *paragraphs][-DATELINE_LINES - 1 : -1], strict=True):
        signoff = SIGNOFF_NAME.search(line.text)
        if signoff and is_newspaper_name(signoff["name"]) and not names_an_agency(signoff["name"], registry):
            return Found(_name(signoff["name"], registry), "wire-newspaper-signoff", line.number, line.text)
        # SIGNATURE_PAPER: the writers' signature and their paper under the text ("— Jane Roe and John Doe, The Example
        # Post", a paper's copy of another's story): the paper is the copy's source
        signed = SIGNATURE_PAPER.fullmatch(line.text.strip())
        under_a_quote = above is not None and above.text.rstrip().endswith(QUOTE_ENDS)  # the quotation's speaker
        if signed and not under_a_quote and parse_byline(signed["names"]) and names_an_outlet(signed["paper"], registry):
            return Found(_name(signed["paper"], registry), "wire-signature-paper", line.number, line.text)
        # AGENCY_SIGNOFF: an agency's name alone after the last paragraph's full stop ("... la situación. EFE")
        bare = AGENCY_AFTER_STOP.search(line.text)
        if bare and is_agency(bare["name"], registry):
            return Found(_name(bare["name"], registry), "wire-agency-signoff", line.number, line.text)
        marked = AGENCY_MARKED_AFTER_STOP.search(line.text)
        name = (marked["bracketed"] or marked["dashed"] or marked["slashed"]) if marked else ""
        if name and is_agency(name, registry):
            return Found(_name(name, registry), "wire-agency-signoff", line.number, line.text)  # AGENCY_SIGNOFF_MARKED
    for number, text in _every_line(clean):
        ended = AGENCY_THEN_END.match(text.strip())
        if ended and is_agency(ended["name"], registry):
            return Found(_name(ended["name"], registry), "wire-agency-end-mark", number, text)
        report = REPORT_FROM.match(text.strip())
        if report and not is_place(report["name"]) and not _is_name(report["name"]):
            return Found(_name(report["name"], registry), "wire-report-from", number, text)
    return None


# AGENCY_THEN_END: an agency's copy ends with its name and its end mark ("Example/Fim", "EXA/fin"): the wire.
AGENCY_THEN_END = re.compile(r"^(?P<name>[A-Z][\w.&-]{1,20}(?: [A-Z][\w.&-]{1,20}){0,2})\s?/\s?(?i:fim|fin|end|ends)\.?$")
# REPORT_FROM: a line saying where the report came from ("Report from Example", "Story from Example News"): a broadcaster's
# or a partner's copy, the wire; a place or a person ("Report from Kyiv") names none.
REPORT_FROM = re.compile(
    r"^(?i:report|story|article|content|copy) (?i:from|courtesy of) (?P<name>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,3})\.?$"
)


# AGREEMENT_PHRASE: a noun phrase naming an agreement the registry may not know: "a 30-year gas supply contract",
# "a joint statement on deepening the partnership". Only a singular head noun with something that specifies it (a
# modifier before it, or "on/for/of ..." after it): "the agreement" and "30 agreements" name nothing in particular.
AGREEMENT_HEADS = (
    r"contract|agreement|deal|accord|memorandum of understanding|memorandum|treaty|pact|protocol|road ?map|"
    r"joint statement|joint declaration|declaration|communiqu[eé]"
)
# Words that end a modifier run: a phrase "the signing of the contract" is about a contract named nowhere.
NOT_MODIFIERS = (
    r"a|an|the|of|to|for|in|on|with|by|and|or|that|this|its|their|his|her|has|have|had|been|is|was|were|be|not|signing|since"
)
# A tail telling when ("on Monday", "on 5 May") says nothing of what was agreed.
WHEN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d+|today"
AGREEMENT_PHRASE = re.compile(
    rf"\b(?:a|an|the)\s+(?P<mods>(?:(?!(?:{NOT_MODIFIERS})\b)[\w’'-]+\s+){{0,6}}?)(?P<head>{AGREEMENT_HEADS})\b"
    rf"(?P<tail>\s+(?:on|for|of|to|with|between)\s+(?!(?:{WHEN})\b)[^,.;:()\"“”]{{3,80}}?)?"
    r"(?=\s*[,.;:()\"“”]|\s+(?:and|that|which|who|worth|signed|was|were|is|are|will|would|has|have|had|in|on|at|during|after|before|by)\b|\s*$)",
    re.IGNORECASE,
)
# Words before the head that specify nothing ("the new agreement", "a landmark deal").
VAGUE_MODIFIERS = frozenset(
    "new old first second last later latest previous such this that landmark historic major big key important".split()
)
MAX_SUGGESTIONS = 5


def agreement_suggestions(clean: CleanArticle, registry: Registry) -> tuple[tuple[int, str], ...]:
    """(line, phrase) for agreement-like phrases of the kept text that no registry agreement covers: suggestions for
    a contributor to confirm and add to registry.yml, never metadata."""
    matcher = registry.matcher("agreements")
    out: list[tuple[int, str]] = []
    for line in clean.lines:
        if line.role not in (STANDFIRST, PARAGRAPH):
            continue
        known = [(m.start, m.start + len(m.form)) for m in matcher.find(line.text)]
        for m in AGREEMENT_PHRASE.finditer(line.text):
            mods = [w for w in m.group("mods").split() if w.casefold() not in VAGUE_MODIFIERS]
            if not mods and not m.group("tail"):
                continue
            if any(lo < m.end() and m.start() < hi for lo, hi in known):
                continue
            phrase = m.group(0).strip()
            if phrase not in (p for _, p in out):
                out.append((line.number, phrase))
    return tuple(out[:MAX_SUGGESTIONS])
