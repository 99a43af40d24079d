"""The junk-line rules of the cleaning, each a named rule with what it catches (in the manner of trafilatura).

A rule name is what a reader sees in CleanArticle.dropped, so each is a string constant exported here.
Line rules look at one line; context rules (further down) look at a line's neighbours.
The vocabulary lists are named constants so a new outlet's furniture is added in one place.

Guiding principle: dropping a sentence of the article is worse than keeping a junk line. Every rule matches
a whole line of furniture (a label, a button, a credit), never a sentence that merely contains such a word.
Per-article decisions belong in the article's sidecar (cleaning: keep/drop), never here.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from . import stopwords
from .byline import (
    BY_PREFIX,
    LOWER_CASE_AGENCIES,
    SITE_NAME,
    TEXT_AND_PHOTO_LABEL,
    WIRE_NAMES,
    is_names_only,
    is_photo_credit_slash,
    names_a_place,
)
from .dates import (
    ARABIC_HAMZA,
    FOREIGN_MONTH_FIRST_FORM,
    FOREIGN_WEEKDAY,
    MONTH_NAMES,
    WEEKDAY,
    WEEKDAY_AT_THE_END,
    holds_a_day_date,
    parse_date,
)

# --- Rule names (what CleanArticle.dropped says) -----------------------------------------------------------------

NO_TEXT = "no-text"  # a line without a letter or digit: a lone bullet, "***", "|"
NAV_BULLET = "nav-bullet"  # short bulleted menu items ("• Live", "• google plus")
NAV_LABEL = "nav-label"  # site navigation and page controls ("Home", "Menu", "Skip to content", "Loading ...")
MENU_BAR = "menu-bar"  # a menu flattened with bars between its items ("Home | World | Sport | Culture", "Sport |")
BREADCRUMB = "breadcrumb"  # "News > World", "Home / World / Asia"
SECTION_LABEL = "section-label"  # a section name on its own line ("Opinion", "World News")
SHARE_BUTTON = "share-button"  # "Share", "Tweet", "Facebook Twitter WhatsApp Email"
SOCIAL_PROMO = "social-promo"  # "Follow us on Twitter", "Subscribe to our newsletter", "X is now on Telegram"
ADVERTISEMENT = "advertisement"  # "Advertisement", "Story continues below advertisement"
READ_MORE = "read-more"  # "READ MORE: <headline>", "RELATED:" and the headline on the next line
PROMO_BLOCK = "promo-block"  # "Must Read"/"Most Popular" and the headlines and teasers under it
TEASER = "teaser"  # a teaser that links away ("... Read more", "READ FULL", "Full Story:")
RELATED_HEADLINE = "related-headline"  # another story's headline dropped between paragraphs or after the article
PHOTO_SLUG = "photo-slug"  # wire photo slugs ("TOPSHOT-CHINA-BRI-FORUM")
CAPTION = "caption"  # a photo caption ("... | Photo: AFP", its twin without the credit, "X (R) and Y attend ...")
CAPTION_CREDIT = "caption-credit"  # a photo credit on its own ("(Photo : NAME/AFP via Getty Images)", "Photo: AFP")
SOURCE_CREDIT = "source-credit"  # "Source: NDO" under a reprinted article
COMMENT_WIDGET = "comment-widget"  # "Comments", "Post with no comments.", "Join the Conversation", "Leave a Reply"
COUNTER = "counter"  # a lone number (comment or share count, "1 of 5" gallery position)
EPAPER_LINK = "epaper-link"  # "Epaper_24-12-15 LHR", "E-Paper", "Today's Paper"
TAG_CLOUD = "tag-cloud"  # a run-on line of tags, or "Tags: a, b, c"
READING_TIME = "reading-time"  # "5 min read"
TIMESTAMP = "timestamp"  # a time with no date ("2 hours ago", "Yesterday, 21:47", "10:35 IST")
COOKIE_NOTICE = "cookie-notice"  # "We use cookies to improve your experience ..."
REPEATED_LINE = "repeated-line"  # a line repeating an earlier kept line word for word (standfirst repeated in the body)
COPYRIGHT_FOOTER = "copyright-footer"  # "© 2024 VCPOST, All rights reserved..." (the metadata stage reads the holder)
ANALYTICS_FOOTER = "analytics-footer"  # "Real Time Analytics" and other tracker text
URL_LINE = "url-line"  # a bare address ("https://...", "www.outlet.com", "Outlet.com")
IMAGE_FILE = "image-file"  # an image's file name left where the image was ("1f22...89.jpg")
TICKER = "ticker"  # a news ticker: other stories' headlines run together with " | "
PAYWALL = "paywall"  # "Start your free trial", "Subscribe to continue reading", "Already a subscriber? Log in"
DISCLAIMER = "disclaimer"  # "The views expressed ... do not necessarily reflect those of ..."
MASTHEAD = "masthead"  # the site's name or a rubric in short lines above the title ("Novus Media", "Nav Search")
SIDECAR = "sidecar"  # a contributor dropped the line in the sidecar (cleaning: drop)
VIDEO_WIDGET = "video-widget"  # a video or podcast player's text ("2:57 WATCH: ...", "Current Time 0:00", "Wochit")
WIDGET_ERROR = "widget-error"  # a widget that failed to load ("Oops! Something went wrong.", "Please try again later")
LINK_LINE = "link-line"  # a label and a link ("Read More http://...", "Source --- http://...", "(Logo: http://...)")
WEATHER_WIDGET = "weather-widget"  # the weather box ("62 F", "London 12°C")
TODAY_BAR = "today-bar"  # today's date in the header, said so ("Bugün, 20 Nisan 2024 Cumartesi", "Today is Monday, ...")
ICON_TEXT = "icon-text"  # icon-font names printed as text ("icon bookmark icon camera icon check")
NEAR_REPEAT = "near-repeat"  # a teaser that nearly repeats a longer line beside it (the lead it was cut from)
JUNK_RUN = "junk-run"  # short lines between junk lines (a menu's other items, a link list's other labels)
TEMPLATE_CODE = "template-code"  # a web page's template left unfilled ("{{item.date}}")
END_MARKER = "end-marker"  # "-- End --", "=== END ===": the end of a wire copy or a page
AFTER_ARTICLE = "after-article"  # below the article's last paragraph: a comment form and what follows it, short furniture
CODE_LINE = "code-line"  # a script or an ad slot's name printed as text ("window.adsbygoogle ...", "ad_top_970_90")
BETWEEN_HEADLINES = "between-headlines"  # a short label between the headline and its second printing ("ECONOMY & POLICY")
TABLE_OF_CONTENTS = (
    "table-of-contents"  # a list of the article's sections above them ("Lagarde (ECB)" above "Jane Lagarde (ECB)")
)
EVENT_DATES = "event-dates"  # an event's first and last day ("Del Viernes, 16 de Enero de 2026 al Domingo, 18 de Enero ...")
DATE_STAMP = "date-stamp"  # a copy tool's date run into a line's head ("date 2018-06-08 ..."): read for the page's date

RULE_NAMES = (
    NO_TEXT,
    NAV_BULLET,
    NAV_LABEL,
    MENU_BAR,
    BREADCRUMB,
    SECTION_LABEL,
    SHARE_BUTTON,
    SOCIAL_PROMO,
    ADVERTISEMENT,
    READ_MORE,
    PROMO_BLOCK,
    TEASER,
    RELATED_HEADLINE,
    PHOTO_SLUG,
    CAPTION,
    CAPTION_CREDIT,
    SOURCE_CREDIT,
    COMMENT_WIDGET,
    COUNTER,
    EPAPER_LINK,
    TAG_CLOUD,
    READING_TIME,
    TIMESTAMP,
    COOKIE_NOTICE,
    REPEATED_LINE,
    COPYRIGHT_FOOTER,
    ANALYTICS_FOOTER,
    URL_LINE,
    IMAGE_FILE,
    TICKER,
    PAYWALL,
    DISCLAIMER,
    MASTHEAD,
    SIDECAR,
    VIDEO_WIDGET,
    WIDGET_ERROR,
    LINK_LINE,
    WEATHER_WIDGET,
    TODAY_BAR,
    ICON_TEXT,
    NEAR_REPEAT,
    JUNK_RUN,
    TEMPLATE_CODE,
    END_MARKER,
    AFTER_ARTICLE,
    CODE_LINE,
    BETWEEN_HEADLINES,
    TABLE_OF_CONTENTS,
    DATE_STAMP,
    EVENT_DATES,
)

# --- Vocabulary --------------------------------------------------------------------------------------------------
# Matched against a line's key: lower case, punctuation and symbols turned into single spaces ("READ MORE:" -> "read more").


# GREEK_CAPITALS: Greek printed in capitals drops its accents ("ΔΙΑΒΑΣΤΕ ΑΚΟΜΗ", lower-cased "διαβαστε ακομη"): each
# vocabulary entry in Greek is known without its accents too.
GREEK_ACCENTS = str.maketrans("άέήίόύώΐΰϊϋ", "αεηιουωιυιυ")
# ARABIC_HAMZA (archive.dates): an alef written with or without its hamza or madda ("اقرأ أيضاً", "اقرأ ايضاً") is one
# letter to a key: writers on the web often leave the hamza out.
ARABIC_HAMZA_ALEFS = ARABIC_HAMZA


def _words(text: str) -> frozenset[str]:
    entries = {line.strip() for line in text.strip().splitlines() if line.strip()}
    return frozenset(entries | {entry.translate(GREEK_ACCENTS).translate(ARABIC_HAMZA_ALEFS) for entry in entries})


ADVERT_LABELS = _words("""
    contenu partenaire
    publicidade fechar x
    publicidad spot img
    gesponsert
    bersponsor
    스폰서
    赞助内容
    pr
    envie d afficher votre publicité
    hide ad
    hide adadvertisement
    請繼續往下閱讀
    请继续往下阅读
    anuncio
    anúncio
    anunci
    iragarkia
    publicitat
    oglas
    reklāma
    reklaam
    reklamos
    annons
    annonse
    annonce
    advertentie
    advertorial
    reklama
    reklame
    reklam
    mainos
    διαφήμιση
    hirdetés
    advertentie
    iklan
    quảng cáo
    إعلان
    تبلیغات
    विज्ञापन
    פרסומת
    реклама
    реклами
    continua depois da publicidade
    continua após a publicidade
    continúa después de la publicidad
    la suite après la publicité
    continua dopo la pubblicità
    продолжение после рекламы
    haberin devamı reklamdan sonra
    la suite après cette publicité
    weiter nach der anzeige
    dalszą część przeczytasz pod reklamą
    dalsza część artykułu pod reklamą
    czytaj dalej pod reklamą
    mainos päättyy
    teksti jatkuu alla
    teksti jatkuu mainoksen jälkeen
    artikkeli jatkuu mainoksen jälkeen
    mainos teksti jatkuu alla mainos päättyy
    annonsen slutar
    artikeln fortsätter under annonsen
    artikel fortsætter under annoncen
    saken fortsetter under annonsen
    post top ad
    post bottom ad
    header ad
    sidebar ad
    広告
    广告
    廣告
    광고
    publicidad
    publicité
    anzeige
    werbung
    реклама
    pubblicità
    publicidade
    pub
    publicitate
    sponsorisé
    patrocinado
    from our partners
    sponsorizzato
    gesponsord
    sponsorowane
    партнерский материал
    sponsorlu
    contenu sponsorisé
    contenido patrocinado
    conteúdo patrocinado
    contenuto sponsorizzato
    gesponsorde inhoud
    treść sponsorowana
    спонсорский контент
    sponsorlu içerik
    advertisement
    advertisment
    advertisements
    advert
    ad
    ads
    sponsored
    sponsored content
    sponsoreret indhold
    sponsrat innehåll
    sponset innhold
    sponsor content
    sponsored video
    sponsored links
    sponsored stories
    promoted content
    paid content
    paid post
    partner content
    story continues below advertisement
    article continues below advertisement
    this advertisement has not loaded yet but your article continues below
    article continues below this ad
    article continues below
    story continues below
    continue reading below
    continue reading the main story
    scroll to continue with content
    content continues below
    ad feedback
    report this ad
    remove ads
    let s block ads why
    ad blocker detected
    please disable your ad blocker
""")
# ADBLOCK_APPEAL: the site's appeal to switch the reader's ad blocker off, however worded ("Our website is made possible by
# displaying online advertisements to our visitors. Please consider supporting us by disabling your ad blocker."), up to
# MAX_ADBLOCK_APPEAL_WORDS words: "your" ad blocker (news about ad blockers names no reader's)
ADBLOCK_APPEAL = re.compile(
    r"\b(?:disabl(?:e|ing)|turn(?:ing)? off|whitelist(?:ing)?|allowlist(?:ing)?|pausing|pause) your ad[ -]?blockers?\b",
    re.I,
)
MAX_ADBLOCK_APPEAL_WORDS = 40

# Social networks and share controls; a line made only of these words is a row of buttons.
SHARE_WORDS = frozenset(
    """share shares shared sharing this article story post page link on via facebook twitter x whatsapp email e mail print
    linkedin pinterest reddit telegram copy copied tweet messenger button white vk vkontakte weibo wechat google plus gplus
    tumblr flipboard pocket sms save saved bookmark instagram youtube rss threads bluesky line viber skype odnoklassniki ok
    mastodon gmail outlook more options url compartir partager teilen поделиться condividi compartilhar"""
    # MORE_NETWORKS: the rest of a site's "follow us" row ("Facebook X (Twitter) Instagram YouTube TikTok")
    """ tiktok snapchat discord twitch spotify soundcloud vimeo dailymotion flickr kakaotalk xing"""
    # the print button in other languages ("Imprimir", "Drucken", "Imprimer", "Stampa", "Drukuj", "Печать")
    """ imprimir drucken imprimer stampa drukuj печать друк yazdır cetak"""
    # SHARE_WITH_FRIENDS: "Share with friends", "Stampa articolo", "Imprimir artículo" (the button's object, not a sentence's)
    """ with friends articolo artículo articulo artigo artikel notícia noticia notícias noticias"""
    # (SCANDINAVIAN_WITH: "with" before the network in Swedish, Danish and Norwegian, "Med Messenger Via mail", "Del med
    # Facebook")
    """ med"""
    # FOREIGN_SHARE_AND_PRINT: "share" and "print" in more languages ("Udostępnij", "Sdílet", "Jaa", "Paylaş", "공유",
    # "Tisk", "Tulosta", "Nyomtatás", "Εκτύπωση")
    # ("Distribuiți mai departe", Romanian "pass it on")
    """ distribuiți distribuiti mai departe"""
    # ("Udostępnij artykuł przez: Facebook X Messenger Wyślij Link", Polish "share the article via ... send")
    """ artykuł przez wyślij"""
    """ udostępnij sdílet zdieľať dela del jaa κοινοποίηση megosztás delen bagikan chia sẻ 공유 مشاركة اشتراک گذاری शेयर
    podziel się dalintis dalīties jaga deli споделете поділитися поделись shpërndaje გაზიარება կիսվել partilhar compartilhe
    comparte partilhe
    podijeli podeli сподели paylaş distribuie поширити tisk tlačiť skriv ut tulosta εκτύπωση nyomtatás afdrukken 인쇄
    طباعة چاپ प्रिंट ispis штампа печат printează"""
    # "copy link" in more languages ("Kopiuj link", "Link kopieren", "Copiar enlace", "Скопировать ссылку")
    """ kopiuj copier lien kopieren copia copiar enlace скопировать ссылку kopírovat odkaz kopioi linkki kopyala linki"""
    # SHARE_ON_FOREIGN: "on" in the buttons' other languages ("Partager sur Facebook", "Copier le lien", "Compartir en X",
    # "Teilen auf WhatsApp", "Delen op LinkedIn", "Compartilhar no WhatsApp"); a row still needs a network's or a verb's
    # word (SHARE_STRONG)
    """ sur le su en auf op em no na"""
    # KOREAN_SHARE: the social networks' names and "account", "mail" in Korean ("SNS 계정 : 메일 페이스북"), and the
    # buttons' verbs, "share" and "print" ("페이스북 공유하기 X 공유하기 ... 인쇄하기")
    """ sns 계정 메일 페이스북 트위터 카카오톡 카카오스토리 밴드 네이버 유튜브 공유하기 인쇄하기"""
    # CJK_SHARE: "share", "share to", "share tools" in Chinese ("分享工具 facebook")
    """ 分享 分享到 分享工具"""
    # TOOL_ROW_WORDS: the article's tools beside the share buttons ("Adjust Comment Print": the text size, the comments,
    # the print button), and the share widget's own name ("sharethis sharing button Share")
    """ adjust comment comments sharethis addthis""".split()
)
# At least one of these must be on a share row: "this", "on" or "more" alone are not buttons.
SHARE_STRONG = frozenset(
    """share sharing facebook twitter whatsapp email print linkedin pinterest reddit telegram tweet messenger vk weibo wechat
    gplus tumblr flipboard instagram youtube rss bookmark copy compartir partager teilen поделиться condividi compartilhar
    tiktok snapchat discord twitch spotify soundcloud vimeo dailymotion flickr kakaotalk xing
    分享 分享工具
    imprimir drucken imprimer stampa drukuj печать друк yazdır cetak udostępnij sdílet zdieľať dela del jaa κοινοποίηση
    podziel dalintis dalīties jaga споделете поділитися поделись shpërndaje გაზიარება կիսվել partilhar compartilhe comparte
    distribuiți distribuiti
    megosztás delen bagikan sẻ skriv 공유 مشاركة اشتراک शेयर podijeli podeli сподели paylaş distribuie поширити tisk tlačiť tulosta
    εκτύπωση nyomtatás afdrukken 인쇄 طباعة چاپ प्रिंट ispis штампа печат printează 페이스북 트위터 카카오톡 공유하기 인쇄하기""".split()
)
# GLUED_SHARE_ROW: the buttons' names run together into one word ("facebooktwitterreddit", "FacebookTwitterEmail")
GLUED_SHARE_ROW = re.compile(r"(?:facebook|twitter|reddit|whatsapp|linkedin|pinterest|telegram|email|print|tumblr|vk){2,8}")

# A comment form's label, in WordPress's and Blogger's wordings (English and six other languages): it comes after the
# article (see after_the_article).
COMMENT_FORM_LABELS = _words("""
    ý kiến của bạn
    ostavi komentar
    e posta hesabınız sitede yayımlanmayacaktır gerekli alanlar ile işaretlenmişdir
    e posta hesabınız yayımlanmayacak gerekli alanlar ile işaretlenmişlerdir
    첫 댓글을 작성해보세요
    댓글 첫 댓글을 작성해보세요
    첫 번째 댓글을 작성해 보세요
    lasă un răspuns
    lasa un raspuns
    lascia una risposta
    zostaw odpowiedź
    leave a reply
    leave a comment
    leave a reply cancel reply
    post a comment
    post your comment
    postar um comentário
    publicar un comentario
    publier un commentaire
    kommentar veröffentlichen
    posta un commento
    opublikuj komentarz
    deixe seu comentário
    deixe o seu comentário
    deixe um comentário
    add new comment
    add a comment
    add your comment
    comments are closed
    comments are closed on this article
    no comments posted
    still no comments posted
    yorumlar kapatıldı
    możliwość komentowania została wyłączona
    komentowanie zostało wyłączone
    yorumlar kapalı
    commments are closed on this article
    comments are now closed
    reageren is niet meer mogelijk
    reageren is niet mogelijk
    les commentaires sont fermés
    los comentarios están cerrados
    i commenti sono chiusi
    kommentare sind geschlossen
    os comentários estão fechados
    комментарии закрыты
    komentarze są wyłączone
    you must be logged in to post a comment
    deja una respuesta
    deja un comentario
    laisser un commentaire
    laisser une réponse
    schreibe einen kommentar
    kommentar schreiben
    добавить комментарий
    все комментарии
    авторизуйтесь, чтобы оставить свой комментарий
    авторизуйтесь, чтобы оставить комментарий
    войдите, чтобы оставить комментарий
    click to comment
    clic para comentar
    haz clic para comentar
    cliquez pour commenter
    оставить комментарий
    deixe um comentário
    deixe uma resposta
    lascia un commento
    schreiben sie einen kommentar zum beitrag
    spam und eigenwerbung sind nicht gestattet
    schon dabei hier anmelden
    want to discuss please read our commenting policy first
    pubblica un commento
    policy per la pubblicazione dei commenti
    dodaj komentarz
    napisz komentarz
    geef een reactie
    laat een reactie achter
    tinggalkan balasan
    tinggalkan komentar
    bir yanıt yazın
    yorum yap
    ilk yorum yazan siz olun
    facebook la yorumla
    оставить сообщение
    lämna ett svar
    lämna en kommentar
    hozzászólás
    napsat komentář
    αφήστε ένα σχόλιο
    để lại bình luận
    залишити коментар
    додати коментар
    发表评论
    發表評論
    コメントを残す
    댓글 쓰기
    deixe seu comentário
    deixe o seu comentário
    deja tu comentario
    trả lời
    để lại một bình luận
    发表回复
    發表回覆
    اترك تعليقاً
    اترك تعليقا
    اترك رداً
    دیدگاهتان را بنویسید
    답글 남기기
""")

# COMMENT_RULES: the comment box's house rules, a heading and its list of sentences ("Yorum Yazma Kuralları" / "Lütfen
# yorum yaparken ..." / "... yorumlar yapmayınız."): below the article's first paragraph, that heading and every line
# after it are the comment box's (its rules read as prose, so the form label's "prose below" exception cannot hold).
COMMENT_RULES_LABELS = _words("""
    i commenti saranno accettati
    comment rules
    commenting rules
    comment guidelines
    commenting guidelines
    comment policy
    commenting policy
    yorum yazma kuralları
    yorum kuralları
    правила комментирования
    правила коментування
    règles de commentaires
    charte des commentaires
    kommentarregeln
    regeln für kommentare
    reglas de comentarios
    normas de comentarios
    regras de comentários
    regole per i commenti
    zasady komentowania
    pravidla diskuse
""")

COMMENT_LABELS = COMMENT_FORM_LABELS | _words("""
    will not be displayed
    will not be published
    login or sign up to read and post a comment
    report a problem with article
    report a problem with this article
    use the comment form below to begin a discussion about this content
    you must be logged in to react
    l espace des commentaires est ouvert aux inscrits
    connectez vous ou créez un compte pour pouvoir commenter cet article
    notify of
    inline feedbacks
    view all comments
    oldest newest most voted
    newest oldest most voted
    comment
    등록된 댓글이 없습니다
    0 votes
    fb留言
    التعليقات
    תגובות
    コメントする
    댓글쓰기
    i commenti dei nostri lettori
    commenti dei lettori
    nessun commento
    non è presente alcun commento commenta per primo questo articolo
    commenta per primo questo articolo
    sii il primo a commentare
    dì la tua inserisci un commento
    inserisci un commento
    yorum ekle
    dziel się swoją opinią i dowiedz się co myślą inni
    comments
    publicar comentarios
    publicar un comentario
    publicar comentario
    skomentuj
    komentuj
    kommentieren
    commenter
    commenta
    comentar
    kommentoi
    kommenter
    kommentera
    коментувати
    комментировать
    yorum yaz
    hozzászólok
    comentarios
    commentaires
    kommentare
    commenti
    comentários
    komentarji
    reacties
    комментарии
    коментарі
    коментар
    сэтгэгдэл
    sans commentaire
    voir les commentaires
    votre commentaire
    escribir comentario
    henüz yorum yapılmadı
    yorumu şikayet et
    şikayetiniz gönderildi
    lütfen şikayet nedeninizi seçin
    để tham gia thảo luận
    komentarze
    komentáře
    komentáre
    kommentarer
    kommentit
    σχόλια
    hozzászólások
    reacties
    komentar
    bình luận
    コメント
    댓글
    تعليقات
    نظرات
    टिप्पणियाँ
    komentari
    коментари
    yorumlar
    comentarii
    reader interactions
    facebook comments
    écrire un commentaire
    ajouter un commentaire
    kommentar schreiben
    escribe un comentario
    당신의 의견을 남겨주세요
    caricamento commenti
    commenta la notizia
    commenta l'articolo
    comenta la noticia
    commentez l'article
    comente a notícia
    no comments
    post with no comments
    post a comment
    comments our rules
    no comment yet maybe you comment
    comment here
    no comment yet add your voice below
    add a comment
    add comment
    add your comment
    leave a reply
    leave a comment
    leave comments
    diskutieren sie mit
    dieser artikel kann nicht mehr kommentiert werden
    did you like this article
    te gustó este artículo
    ti è piaciuto questo articolo
    gostou desta matéria
    vous avez aimé cet article
    hat ihnen der artikel gefallen
    leave a reply cancel reply
    lăsați un mesaj
    lasati un mesaj
    join the conversation
    join the discussion
    be part of the conversation
    jump to comments
    show more comments
    load more comments
    share your thoughts in the comments below
    let us know your thoughts in the comments below
    leave your thoughts in the comments below
    load comments
    view comments
    show comments
    cargar comentarios
    ver comentarios
    carregar comentários
    ver comentários
    carica commenti
    kommentare laden
    kommentare anzeigen
    charger les commentaires
    afficher les commentaires
    hide comments
    read comments
    see comments
    loading comments
    comments are closed
    be the first to comment
    be the first to add a comment
    comments be the first to add a comment
    add a comment
    add a comment go to forum thread
    henüz yorum yapılmamış
    henüz yorum yapılmamış i̇lk yorumu yukarıdaki form aracılığıyla siz yapabilirsiniz
    henüz yorum yapılmamış ilk yorumu yukarıdaki form aracılığıyla siz yapabilirsiniz
    per poter lasciare o votare un commento devi essere registrato
    per poter commentare devi essere registrato
    effettua l accesso oppure registrati
    vui lòng nhập tên của bạn ở đây
    vui lòng nhập bình luận của bạn
    be the first to like this
    sign in to comment
    log in to comment
    you need to be logged in to leave a comment
    your email address will not be published required fields are marked
    twój adres e mail nie zostanie opublikowany wymagane pola są oznaczone
    tu dirección de correo electrónico no será publicada los campos obligatorios están marcados con
    la dirección de correo electrónico no será publicada
    votre adresse e mail ne sera pas publiée les champs obligatoires sont indiqués avec
    deine e mail adresse wird nicht veröffentlicht erforderliche felder sind mit markiert
    ihre e mail adresse wird nicht veröffentlicht erforderliche felder sind mit markiert
    o seu endereço de email não será publicado campos obrigatórios são marcados com
    o seu endereço de e mail não será publicado campos obrigatórios são marcados com
    il tuo indirizzo email non sarà pubblicato i campi obbligatori sono contrassegnati
    ваш адрес email не будет опубликован обязательные поля помечены
    je e mailadres wordt niet gepubliceerd vereiste velden zijn gemarkeerd met
    alamat email anda tidak akan dipublikasikan ruas yang wajib ditandai
    e posta hesabınız yayımlanmayacak gerekli alanlar işaretlendi
    discussion about this post
    note only a member of this blog may post a comment
    discussion
    reply
    responses
    please enter your comment
    please enter your name here
    you have entered an incorrect email address please enter your email address here
    you have entered an incorrect email address
    blog comments powered by disqus
    comments powered by disqus
    please enable javascript to view the comments powered by disqus
    view the discussion thread
    the author
    about the author
    show comments
    add new comment
    subscribe to post comments atom
    post comments atom
    subscribe to post comments
    no comments yet
    there are no comments yet
    no comments yet be the first to comment
    there are no comments be the first to comment
    be the first to comment on this article
    posting komentar
    kirim komentar
    welcome to the discussion
    watch this discussion
    stop watching this discussion
    post a comment as
    keep it clean please avoid obscene vulgar lewd racist or sexually oriented language
    please turn off your caps lock
    don t threaten threats of harming another person will not be tolerated
    be truthful don t knowingly lie about anyone or anything
    be nice no racism sexism or any sort of ism that is degrading to another person
    be proactive use the report link on each comment to let us know of abusive posts
    share with us we d love to hear eyewitness accounts the history behind an article
    both comments and trackbacks are currently closed
    comments and trackbacks are closed
    no hay comentarios
    aucun commentaire
    keine kommentare
    nessun commento
    nenhum comentário
    postar um comentário
    geen opmerkingen
    een reactie posten
    tidak ada komentar
    комментариев нет
    отправить комментарий
    brak komentarzy
    prześlij komentarz
    hiç yorum yok
    yorum gönder
    không có nhận xét nào
    đăng nhận xét
    inga kommentarer
    skicka en kommentar
    niciun comentariu
    trimiteți un comentariu
    žádné komentáře
    okomentovat
    nincsenek megjegyzések
    megjegyzés küldése
    δεν υπάρχουν σχόλια
    δημοσίευση σχολίου
    немає коментарів
    дописати коментар
    enregistrer un commentaire
    kommentar veröffentlichen
    posta un commento
    ليست هناك تعليقات
    إرسال تعليق
    コメントを投稿
    没有评论
""")
# The comment count in the languages of the other labels ("Commentaires (0)", "Kommentare 2", "3 comentarios").
COMMENT_WORDS = (
    r"(?:comments?|responses?|replies|reactions?|commentaires?|comentarios?|comentários?|kommentare?|commenti|"
    r"комментари(?:и|ев|й)|коментар(?:і|ів)|komentar|komentarz[ey]?|komentářů|kommentarer|kommenttia|σχόλια|yorum(?:lar)?|"
    r"сэтгэгдэл|komentarai|komentari|коментари|reacties?|"  # (Mongolian; Lithuanian; Croatian, Serbian and Bulgarian; Dutch)
    r"interaktionen|interactions|bình luận|"  # (German and English readers' interactions; Vietnamese)
    r"留言|评论|評論|コメント|댓글)"  # (Chinese, Japanese, Korean)
)
COMMENT_COUNT = re.compile(
    rf"^\d+ {COMMENT_WORDS}(?: s)?$|^{COMMENT_WORDS} \d+$"  # ("0 Commentaire(s)": its key ends " s")
    rf"|^{COMMENT_WORDS} \d+(?:개|件|条|條)$"  # (CJK_COUNTER_WORD: "댓글 0개", the count with its counter word)
)
# COMMENT_LOGIN: the comment box's sign-in notice in any of these languages ("Vous devez être connecté à votre compte X
# pour pouvoir commenter cet article", "Debes iniciar sesión para comentar"): an obligation, a sign-in word and a comment
# word ("He logged in and read the comments." is a sentence).
COMMENT_LOGIN = re.compile(
    r"\b(?:must|need to|have to|please|devez|veuillez|debes|debe|necesitas|müssen|bitte|необходимо|нужно)\b.{0,40}?"
    r"\b(?:logged in|log in|sign in|signed in|connectée?|connecter|iniciar sesión|inicia sesión|conectado|angemeldet|"
    r"anmelden|eingeloggt|войдите|авторизуйтесь)\b.{0,80}?\b(?:comment\w*|comentar\w*|kommentier\w*|комментар\w*)"
)
# COMMENT_LOGIN_FIRST: the same notice with the act first ("Pour partager votre opinion vous devez être connecté", "To
# comment you must be logged in")
COMMENT_LOGIN_FIRST = re.compile(
    r"^(?:pour|to|para|um)\s(?:partager votre opinion|commenter|réagir|comment|share your (?:opinion|view)|comentar|"
    r"kommentieren)\b.{0,30}?\b(?:devez|must|need to|debes|debe|precisa|müssen)\b.{0,20}?"
    r"\b(?:connectée?|logged in|signed in|conectado|logado|angemeldet|abonnée?|a subscriber)\b"
)
MAX_COMMENT_LOGIN_WORDS = 25  # a notice is one sentence; a paragraph about logging in is longer

# BACK_HOME_FOLLOW_SHARE: "Back to the home page", "Follow us", "Share this article" and the tags' label alone, in
# more languages (German, Dutch, Polish, Czech, Slovak, Romanian, Hungarian, Nordic, Turkish, Ukrainian, Greek,
# Malay, Vietnamese, Japanese, Korean, Arabic, Persian, Hebrew, Romance). (BACK_TO_THE_ARTICLE: "Back to the article",
# "zpět na článek", a gallery's or a comment page's link back, in the same languages)
BACK_HOME_FOLLOW_SHARE = _words("""
    back to home
    back to homepage
    back to the homepage
    back to article
    back to the article
    back to story
    zurück zum artikel
    retour à l article
    volver al artículo
    volver a la noticia
    torna all articolo
    voltar ao artigo
    terug naar artikel
    terug naar het artikel
    powrót do artykułu
    wróć do artykułu
    zpět na článek
    späť na článok
    vissza a cikkhez
    înapoi la articol
    назад к статье
    назад до статті
    tillbaka till artikeln
    tilbage til artiklen
    tilbake til artikkelen
    takaisin artikkeliin
    makaleye dön
    kembali ke artikel
    zur startseite
    zurück zur startseite
    terug naar home
    terug naar de homepage
    så arbetar vi
    mer i ämnet
    kontakt för den här sidan
    no entries found
    no posts found
    naar overzicht
    terug naar overzicht
    zurück zur übersicht
    retour à la liste
    volver al listado
    wróć do strony głównej
    powrót do strony głównej
    zpět na úvodní stránku
    späť na úvodnú stránku
    înapoi la prima pagină
    vissza a főoldalra
    vissza a kezdőoldalra
    tillbaka till startsidan
    tilbage til forsiden
    tilbake til forsiden
    takaisin etusivulle
    ana sayfaya dön
    повернутися на головну
    επιστροφή στην αρχική
    kembali ke beranda
    kembali ke laman utama
    về trang chủ
    トップページへ戻る
    トップへ戻る
    홈으로
    العودة للرئيسية
    العودة إلى الرئيسية
    بازگشت به صفحه اصلی
    חזרה לדף הבית
    volver a la portada
    volver al inicio
    retour à la page d accueil
    torna alla homepage
    voltar à página inicial
    obserwuj nas
    sledujte nás
    sledujte nas
    urmărește ne
    urmăriți ne
    kövess minket
    kövessen minket
    följ oss
    følg os
    følg oss
    seuraa meitä
    تابعونا
    تابعنا
    theo dõi chúng tôi
    关注我们
    關注我們
    עקבו אחרינו
    ακολουθήστε μας
    слідкуйте за нами
    diesen artikel teilen
    artikel teilen
    partager cet article
    compartir esta noticia
    compartir este artículo
    condividi questo articolo
    condividi l articolo
    deel dit artikel
    dela artikeln
    del artiklen
    del artikkelen
    jaa artikkeli
    sdílet článek
    udostępnij artykuł
    partilhe a notícia
    partilhe este artigo
    compartilhe esta notícia
    bu haberi paylaş
    поделиться статьей
    поділитися статтею
    kongsi
    chia sẻ bài viết
    分享到微信
    分享到微博
    シェア
    シェアする
    שתף
    שתפו
    شارك
    schlagworte
    stichworte
    tag
    parole chiave
    tagi
    štítky
    etichete
    címkék
    taggar
    ämnen
    avainsanat
    etiketler
    ετικέτες
    kata kunci
    topik
    từ khóa
    标签
    タグ
    태그
    תגיות
""")
# PAGE_CONTROLS_MORE: more of a page's controls alone on a line, in German, French, Spanish, Italian, Portuguese, Dutch,
# Polish, Russian and Turkish: "Report an error", "Font size", "Read aloud", "Copy link", "Menu", "Search", "Close",
# "Register", "All news", "Show more", "Continue reading", "Play the video", the legal pages, "About us", "Subscribe";
# (CONSENT_AND_LOADING_CONTROLS) a consent box's "Accept all", "Reject all", "Manage preferences", "Load more", "Show
# comments", "Send by e-mail", "Skip to content", an advert's "Close" and "Skip" buttons, in more languages.
# (ARTICLE_CONTROLS: in English, the article's audio player and its sharing and comment notices: "play article",
# "Subscribers can listen to this article", "Send this article to a friend.", "Sorry, we are not accepting comments on
# this article.") (ENLARGE_AND_SHARE_NOW: a picture's "(click image for larger view)" and a share box's "Share Now!")
# (A newsroom's name alone, "Redacción", is a credit: left to the credit rules; Turkish "Ara", "search", is also a
# newspaper's name.)
PAGE_CONTROLS_MORE = _words("""
    paid partner content
    topics
    audio version
    found a typo
    continue in app
    load more articles
    create a free account
    your privacy choices
    artikel merken
    imprimer l article
    lire plus tard
    ouvir artigo
    распечатать статью
    zobacz komentarze
    deel artikel
    lees voor
    bekijk reacties
    makaleyi paylaş
    文章分享
    打印本文
    記事を共有
    記事を印刷
    コメントを見る
    기사 공유
    기사 인쇄
    댓글 보기
    deel dit bericht
    deel dit artikel
    quick contact
    read now
    컨텐츠 바로가기
    본문 바로가기
    주소복사가 완료되었습니다
    주소가 복사되었습니다
    beğendim
    เพิ่มเพื่อน
    完了しました
    click to enlarge
    click to enlarge image
    click on image to enlarge
    click image for larger view
    click image to enlarge
    click for larger view
    click for larger image
    share now
    cliquez pour agrandir
    cliquez pour agrandir l image
    cliquez sur l image pour l agrandir
    haga clic para ampliar
    clic para ampliar
    klicken zum vergrößern
    zum vergrößern klicken
    clicca per ingrandire
    clique para ampliar
    kliknij aby powiększyć
    manage preferences
    einstellungen verwalten
    gérer les préférences
    gestionar preferencias
    gestisci preferenze
    принять все
    отклонить все
    akceptuj wszystkie
    odrzuć wszystkie
    tümünü kabul et
    tümünü reddet
    alles weigeren
    terima semua
    tolak semua
    接受全部
    拒绝全部
    قبول الكل
    رفض الكل
    mehr laden
    charger plus
    cargar más
    carica altro
    carregar mais
    загрузить еще
    загрузить ещё
    załaduj więcej
    daha fazla yükle
    meer laden
    muat lebih banyak
    加载更多
    تحميل المزيد
    kommentare anzeigen
    voir les commentaires
    ver comentarios
    mostra commenti
    ver comentários
    показать комментарии
    pokaż komentarze
    yorumları göster
    reacties tonen
    lihat komentar
    عرض التعليقات
    per e mail versenden
    envoyer par e mail
    enviar por correo
    invia per email
    enviar por e mail
    отправить по почте
    wyślij e mailem
    e posta ile gönder
    verstuur per e mail
    kirim lewat email
    перейти к содержимому
    الانتقال إلى المحتوى
    anzeige schließen
    fermer la publicité
    cerrar publicidad
    chiudi pubblicità
    fechar publicidade
    закрыть рекламу
    werbung überspringen
    passer la publicité
    saltar publicidad
    salta pubblicità
    pular anúncio
    пропустить рекламу
    reklamı geç
    dalszy ciąg artykułu pod materiałem wideo
    lanjutkan membaca
    lanjut baca
    متابعة القراءة
    play article
    listen to article
    listen to audio
    listen to the story
    listen to this story
    subscribers can listen to this article
    click the play button to listen to article
    click the play button to listen to this article
    send this article to a friend
    email this article to a friend
    help keep family friends informed by sharing this article
    sorry we are not accepting comments on this article
    comments are not enabled for this article
    fehler melden
    fehler gefunden
    signaler une erreur
    reportar un error
    segnala un errore
    reportar erro
    meld een fout
    zgłoś błąd
    сообщить об ошибке
    schriftgröße
    taille du texte
    modifier la taille du texte
    imprimer cet article
    commenter cet article
    envoyer cet article
    réagir à cet article
    tamaño de letra
    dimensione del testo
    tamanho da fonte
    размер шрифта
    artikel vorlesen
    link kopieren
    copier le lien
    copiar enlace
    haz click aquí para copiar la url
    haz clic aquí para copiar la url
    click here to copy the url
    click to copy the link
    click to copy link
    copia link
    kopiuj link
    скопировать ссылку
    menü
    suche
    rechercher
    buscar
    cerca
    pesquisar
    zoeken
    szukaj
    поиск
    schließen
    fermer
    cerrar
    chiudi
    fechar
    sluiten
    zamknij
    закрыть
    kapat
    registrieren
    s inscrire
    registrarse
    registrati
    cadastre se
    registreren
    zarejestruj się
    регистрация
    kayıt ol
    alle nachrichten
    toutes les actualités
    todas las noticias
    tutte le notizie
    todas as notícias
    alle nieuws
    wszystkie wiadomości
    все новости
    tüm haberler
    mehr anzeigen
    voir plus
    ver más
    mostra altro
    ver mais
    meer tonen
    pokaż więcej
    zobacz więcej
    vis mer
    vis mere
    visa mer
    näytä lisää
    toon meer
    mostrar más
    mostra di più
    mostrar mais
    zobrazit více
    zobraziť viac
    показать больше
    показать еще
    показать ещё
    daha fazla göster
    continua a leggere
    continuar lendo
    continuar leyendo
    verder lezen
    video abspielen
    lire la vidéo
    přehrát video
    prehrať video
    odtwórz wideo
    odtwórz film
    redă video
    video afspelen
    riproduci video
    reproduzir vídeo
    відтворити відео
    воспроизвести видео
    reproducir video
    guarda il video
    assistir ao vídeo
    смотреть видео
    videoyu izle
    impressum
    mentions légales
    aviso legal
    note legali
    termos de uso
    nutzungsbedingungen
    conditions d utilisation
    términos y condiciones
    termini e condizioni
    gebruiksvoorwaarden
    regulamin
    пользовательское соглашение
    kullanım koşulları
    über uns
    à propos
    quiénes somos
    chi siamo
    quem somos
    over ons
    o nas
    о нас
    hakkımızda
    künye
    abonnieren
    jetzt abonnieren
    s abonner
    abonnez vous
    suscribirse
    suscríbete
    abbonati
    abbonati ora
    assinar
    assine já
    abonneren
    subskrybuj
    подписаться
    abone ol
""")
# PLAYER_AND_CHAT_CONTROLS: a radio's live player ("Audio en Vivo", "Listen live", "Now playing", "Canción actual"), a
# chat widget's button and greeting ("Abrir chat", "Chat with us", "Hola, ¿en qué podemos ayudar?"), the favourites'
# and the text size's buttons ("Add to Favourite", "Increase text size") alone on a line
PLAYER_AND_CHAT_CONTROLS = _words("""
    add to favourite
    add to favourites
    add to favorites
    no favourites yet
    no favorites yet
    increase text size
    decrease text size
    restore default font sizes
    reset text size
    audio en vivo
    señal en vivo
    escuchar en vivo
    escúchanos en vivo
    radio en vivo
    listen live
    live radio
    now playing
    on air now
    canción actual
    ahora suena
    en directo
    écouter en direct
    jetzt läuft
    live hören
    ouvir ao vivo
    ascolta la diretta
    abrir chat
    open chat
    chat with us
    chatea con nosotros
    how can we help
    how can we help you
    hola en que podemos ayudar
    hola en qué podemos ayudar
    hola en qué podemos ayudarte
    en qué podemos ayudarte
""")
# LANGUAGE_VERSION_LINKS: a link to the article in another language ("Читайте также на русском языке", "на русском
# языке", "Читати українською", "English version")
LANGUAGE_VERSION_LINKS = _words("""
    читайте также на русском языке
    читайте на русском языке
    на русском языке
    русская версия
    читати українською
    українською мовою
    українська версія
    читать на украинском
    english version
    read in english
    versión en español
    version française
    deutsche version
    versão em português
""")
# NAV_LABELS: links and buttons alone on a line. Among them READ_MORE_LINKS: "read more" in the archive's other
# languages ("Читать дальше", "Leia mais", "阅读全文"), a link to the rest of an excerpt, never the article's words
# (the English "Read more" heads a list of stories: PROMO_LABELS). "x": a close button; "No Result", "View All Result": a
# theme's search box; "Lyssna": Swedish "listen", an audio player's button. (FOREIGN_PAGE_CONTROLS: the listen button,
# "back to top", next and previous story in more languages, "Ver resumen" over an AI summary; a login form's buttons.)
# (ARTICLE_BOX_LABELS: an older newspaper template's box labels, "Article Extras", "Story Image")
# (RATING_AND_PLAYER_LABELS: a story's rating widget, "Rate this story", "Оценка материала"; an audio player's "Play
# associated audio"; the empty comment box's "Kommentek" (Hungarian "comments"), "коментарі відсутні" ("no comments");
# a writer's picture's "Avatar" and a film still's placeholder "Movie still")
RATING_AND_PLAYER_LABELS = _words("""
    推荐的
    rate this story
    rate this article
    оценка материала
    оцените материал
    оцінка матеріалу
    play associated audio
    kommentek
    коментарі відсутні
    комментарии отсутствуют
    комментариев нет
    avatar
    movie still
    film still
""")
NAV_LABELS = (
    RATING_AND_PLAYER_LABELS
    | BACK_HOME_FOLLOW_SHARE
    | PAGE_CONTROLS_MORE
    | PLAYER_AND_CHAT_CONTROLS
    | LANGUAGE_VERSION_LINKS
    # (MORE_LABELS_67: a word alone, "topic" ("Back" alone may be a word of the text: ARROW_BACK); an empty field's
    # label, "article author:", "Main category:"; a municipal site's "News Flash"; a login's "Thanks for logging in.";
    # "link copied", "share", "listen to the news", "back to the top of the page" in Slovenian, Bulgarian, Polish, more;
    # "react", "comment" in Serbian and Croatian)
    # (MORE_LABELS_69: a picture's "enlarge" button in Indonesian, "Perbesar"; the text size's control in more
    # languages, "Размер на шрифта", "Rozmiar czcionki", "Betűméret", ...; a send-to-a-friend form's title and its
    # note on required fields, "Poslať článok e-mailom", "*) povinné položky")
    | _words("""
    perbesar
    poslať článok e mailom
    poslat článek e mailem
    send article by e mail
    send article by email
    send this article by email
    povinné položky
    povinné údaje
    required fields
    размер на шрифта
    розмір шрифту
    rozmiar czcionki
    velikost písma
    veľkosť písma
    veličina slova
    veličina fonta
    betűméret
    yazı boyutu
    lettergrootte
    textstorlek
    tekststørrelse
    skriftstørrelse
    mărimea textului
    mărime text
    μέγεθος γραμματοσειράς
    """)
    # (MORE_LABELS_68: the comment box's call in Hungarian, "Szólj hozzá!", "speak up"; the search box's "advanced
    # search" in Slovak and Czech; a paywall's "Subscription
    # Options"; a news office's link back to its
    # list, "Back to News Listing"; a tracking picture's name, "pixel"; an old live player's embed, "Broadcast live
    # streaming video on Ustream")
    | _words("""
    szólj hozzá
    rozšírené hľadanie
    rozšířené vyhledávání
    subscription options
    pixel
    broadcast live streaming video on ustream
    back to news listing
    back to news list
    back to news
    back to all news
    back to the news
    topic
    reaguj
    komentariši
    komentarisi
    komentiraj
    komentiši
    article author
    post author
    main category
    news flash
    thanks for logging in
    povezava je kopirana
    povezava kopirana
    deli
    слушай новината
    чуй новината
    powrót na górę strony
    powrót na górę
    link kopiert
    lien copié
    enlace copiado
    link copiato
    link skopiowany
    odkaz zkopírován
    ссылка скопирована
    посилання скопійовано
    länk kopierad
    link gekopieerd
    """)
    # (SCROLL_AND_GALLERY_LABELS: the button back to the top and a gallery plugin's heading, "Scroll Up", "Related Images:";
    # an interstitial ad's way on, "Continue to site")
    # (EMPTY_AUTHOR_FIELD: the writers' field left empty, "Author(s):"; ROMANIAN_LIST_LABEL: "Secțiune Știri sub articolul
    # principal", the label of the news list under the article)
    # (MORE_LABELS_62: the site's lists and controls in more languages, "Slične vijesti", "Lo más reciente", "Tin thời
    # sự", "이 뉴스 공유하기"; an e-paper's page controls, "展开通版"; a donation's and a login's prompts; a probe's gaps:
    # sharing, the comment box, recommendations, "link copied", comments loading, the article read aloud)
    | _words("""
    slične vijesti
    lo más reciente
    los destacados del día
    tin thời sự
    이 뉴스 공유하기
    通版阅读请点击
    展开通版
    收缩通版
    当前版 01版
    当前版 02版
    当前版 03版
    当前版 04版
    comment pouvez vous nous aider à vous tenir informés
    existing user just click login
    ゲストさんログイン
    comments closed
    please see our commenting policy for more
    komentare možete pogledati na ovom linku
    pročitajte više
    etiquetas de esta nota
    article top media content
    article body
    article content continued
    ウェブ検索
    akceptuję
    принять
    kabul et
    tải ứng dụng
    앱 다운로드
    下载客户端
    this video is not available in your region
    este video no está disponible
    cette vidéo n est pas disponible
    dieses video ist nicht verfügbar
    видео недоступно
    bu video kullanılamıyor
    live updates
    en direct
    diretta
    liveticker
    na żywo
    canlı
    siaran langsung
    trực tiếp
    라이브
    theo dõi chúng tôi trên instagram
    theo dõi chúng tôi trên facebook
    인스타그램 팔로우
    hata bildir
    laporkan kesalahan
    báo lỗi
    오류 신고
    artikel berikutnya
    bài tiếp theo
    다음 기사
    bài trước
    이전 기사
    поделиться в telegram
    поделиться в whatsapp
    поделиться вконтакте
    viết bình luận
    コメントを書く
    anda mungkin juga suka
    có thể bạn quan tâm
    ссылка скопирована
    bağlantı kopyalandı
    đã sao chép liên kết
    링크 복사
    复制链接
    cargando comentarios
    chargement des commentaires
    kommentare werden geladen
    загрузка комментариев
    yorumlar yükleniyor
    haberi dinle
    nghe bài viết
    기사 듣기
    收听本文
    """)
    | _words("""
    author s
    secțiune știri sub articolul principal
    continue to site
    continue to the site
    scroll up
    scroll to top
    related images
    related photos
    """)
    | _words("""
    본문
    리포트
    헤더 바로가기 푸터 바로가기
    번호 제목 글쓴이 날짜
    news flash home
    praat mee
    contáctanos
    contactanos
    please log in to view printer friendly layout
    标题导航
    dmca
    rate this item
    跳转到正文内容
    跳转到路径导航栏
    跳转到主要内容
    don t miss the big stories like us on facebook
    show news feed
    login to post comments
    log in to post comments
    skip to next paragraph
    an official website of the united states government
    here s how you know
    no audio
    in this issue
    contact information
    팝업레이어 알림
    팝업레이어 알림이 없습니다
    사이트 내 전체검색
    본문 바로가기
    article extras
    have your say
    end of feed
    table of contents
    spis treści
    inhaltsverzeichnis
    sommaire
    содержание
    stay connected
    media information
    media contact
    media contacts
    sigue leyendo
    flecha
    tu suscripción se está usando en otro dispositivo
    quieres añadir otro usuario a tu suscripción
    quieres añadir otro usuario
    por qué estás viendo esto
    story image
    escuchar esta nota
    escuchar nota
    escuchar noticia
    escuchar artículo
    escuchar este artículo
    escucha esta noticia
    ouvir notícia
    ouvir esta notícia
    ouvir matéria
    écouter l article
    écouter cet article
    artikel anhören
    artikel vorlesen lassen
    ascolta l articolo
    ascolta questo articolo
    posłuchaj artykułu
    слушать статью
    слушать новость
    прослушать статью
    tagasi üles
    nach oben
    zurück nach oben
    na górę
    początek strony
    do góry
    zpět nahoru
    späť hore
    vissza a lap tetejére
    înapoi sus
    нагоре
    наверх
    вгору
    atgal į viršų
    uz augšu
    takaisin ylös
    terug naar boven
    tillbaka till toppen
    til toppen
    alt thumbnail
    thumbnail
    download article as pdf
    download as pdf
    download pdf
    connect with the author
    forgot password
    forgot your password
    send my password
    reset password
    remember me
    ver resumen
    следующая новость
    предыдущая новость
    следующий материал
    предыдущий материал
    наступна новина
    попередня новина
    next news
    previous news
    上一篇
    下一篇
    上一期
    下一期
    ver resumo
    voir le résumé
    see summary
    show summary
    follow by email
    was this article valuable
    was this article helpful
    gift this article
    give this article
    save article
    save for later
    add to reading list
    play audio
    dark mode
    choose language
    select language
    send this article
    permalink
    get alerts
    get email alerts
    swipe for more
    scroll to continue
    continue below
    advertisement scroll to continue
    quick read
    pokračovat na celý článek
    mirá también
    saiba mais
    tipsa oss
    vet du något mer om denna händelse
    음성재생 설정
    이 글자크기로 변경됩니다
    글자크기 설정
    did you find this article useful
    did you find this article helpful
    was this story helpful
    here are more articles you may enjoy
    we could not find any results for
    make sure your spelling is correct or try broadening your search
    es noticia
    explore further
    feedback to editors
    retournez en haut de la page
    placeholder image
    zobacz wideo
    link copied
    url berhasil dicopy
    link berhasil disalin
    tautan berhasil disalin
    tautan disalin
    habere yorum kat
    크게보기
    no banner to display
    x
    no result
    view all result
    lyssna
    facebook comments box
    see full web article
    explore more on these topics
    reuse this content
    supported by
    skip advertisement
    share full article
    read in app
    gift article
    skip next section
    request reprint licensing
    submit correction
    share or comment on this article
    purchase licensing rights opens new tab
    toggle caption
    hide caption
    save articles to read later and create your own reading list
    before it s here it s on the bloomberg terminal
    get short url
    text version
    direct link to material
    explore more
    share2
    send us your feedback
    you can share this story on social media
    read or share this story
    you are here
    vous êtes ici
    sie sind hier
    usted está aquí
    está aquí
    sei qui
    você está aqui
    jesteś tutaj
    jesteś tu
    вы здесь
    buradasınız
    u bent hier
    play live radio
    next up
    available on air stations
    listen live
    on air now
    all streams
    política de privacidad
    politique de confidentialité
    datenschutzerklärung
    datenschutz
    informativa sulla privacy
    política de privacidade
    политика конфиденциальности
    polityka prywatności
    ochrana osobních údajů
    integritetspolicy
    tietosuojaseloste
    πολιτική απορρήτου
    adatvédelmi nyilatkozat
    privacybeleid
    kebijakan privasi
    chính sách bảo mật
    隐私政策
    プライバシーポリシー
    개인정보처리방침
    سياسة الخصوصية
    حریم خصوصی
    गोपनीयता नीति
    politika privatnosti
    политика за поверителност
    gizlilik politikası
    politica de confidențialitate
    contacto
    kontakt
    contatti
    contato
    контакты
    kontakty
    yhteystiedot
    επικοινωνία
    kapcsolat
    kontak
    liên hệ
    联系我们
    お問い合わせ
    문의하기
    اتصل بنا
    تماس با ما
    संपर्क करें
    контакти
    iletişim
    iniciar sesión
    se connecter
    anmelden
    accedi
    entrar
    войти
    zaloguj się
    přihlásit se
    logga in
    kirjaudu sisään
    σύνδεση
    bejelentkezés
    inloggen
    masuk
    đăng nhập
    登录
    ログイン
    로그인
    تسجيل الدخول
    ورود
    लॉग इन
    prijava
    вход
    giriş yap
    autentificare
    cargando
    chargement
    wird geladen
    caricamento
    carregando
    загрузка
    идет загрузка
    идёт загрузка
    ładowanie
    načítání
    laddar
    ladataan
    φόρτωση
    betöltés
    laden
    memuat
    đang tải
    加载中
    読み込み中
    로딩 중
    جار التحميل
    در حال بارگذاری
    लोड हो रहा है
    učitavanje
    зареждане
    yükleniyor
    se încarcă
    nach oben
    наверх
    do góry
    nahoru
    hore
    till toppen
    takaisin ylös
    επιστροφή στην κορυφή
    vissza a tetejére
    terug naar boven
    kembali ke atas
    lên đầu trang
    返回顶部
    返回頂部
    回到顶部
    回到頂部
    回到網頁上方
    回到网页上方
    ページトップへ
    맨 위로
    العودة للأعلى
    بازگشت به بالا
    ऊपर जाएं
    na vrh
    нагоре
    başa dön
    înapoi sus
    galería de fotos
    galerie photos
    bildergalerie
    fotogallery
    galeria de fotos
    фотогалерея
    фотогалерия
    galeria zdjęć
    fotogalerie
    fotogaléria
    bildgalleri
    kuvagalleria
    galéria
    fotogalerij
    galeri foto
    thư viện ảnh
    フォトギャラリー
    포토갤러리
    معرض الصور
    گالری تصاویر
    फोटो गैलरी
    galerija
    галерия
    foto galeri
    galerie foto
    logo
    go
    links to new window
    opens in a new window
    opens in new window
    link opens in a new window
    for media inquiries
    media inquiries
    quick exit
    exit site
    leave this site
    for media enquiries
    media enquiries
    notes to editors
    notes for editors
    note to editors
    press enquiries
    press inquiries
    media contact
    media contacts
    press contact
    press contacts
    for news editors
    full article
    in partnership with
    emoticonemoticon
    generic selectors
    exact matches only
    search in title
    search in content
    search in excerpt
    search in posts
    search in pages
    post type selectors
    indicates required fields
    indicates required field
    indicates a required field
    this field is for validation purposes and should be left unchanged
    spread the love
    теги
    метки
    etiquetas
    schlagwörter
    étiquettes
    web notifications
    activate notifications
    tagged
    photo credit
    image credit
    share the news
    share this story
    share this article
    share with your friends and family
    share with your friends
    share this with your friends
    share this with close
    сподели новината
    you can share this post
    share this post with a friend email this to someone
    kongsi artikel ini
    이 기사를 공유합니다
    post comment
    trackbacks are disabled
    please wait while we load the latest comments
    hinweise zum kommentieren
    trackbacks
    no trackbacks
    trackback specific uri for this entry
    post author
    voice your opinion
    カテゴリートップへ
    この記事をはてなブックマークに追加
    阅读次数
    閱讀次數
    إضافة تعليق جديد
    mot de passe oublié
    komentarai
    customize consent preferences
    external content
    externer inhalt
    contenu externe
    contenuto esterno
    contenido externo
    conteúdo externo
    manage consent preferences
    always active
    terug
    zurück
    retour
    volver
    indietro
    voltar
    tillbaka
    tilbake
    tilbage
    takaisin
    wstecz
    zpět
    späť
    vissza
    назад
    geri
    kembali
    înapoi
    copied
    copiado
    copié
    kopiert
    copiato
    skopiowano
    скопировано
    скопійовано
    kopyalandı
    disalin
    đã sao chép
    คัดลอกแล้ว
    已复制
    已複製
    コピーしました
    복사되었습니다
    lien copié
    enlace copiado
    link kopiert
    accept all
    accept all cookies
    reject all cookies
    reject all
    no thanks
    no thank you
    not now
    maybe later
    no gracias
    claro que sí
    no grazie
    non merci
    nein danke
    não obrigado
    polub nas
    i accept
    alle akzeptieren
    alle ablehnen
    akzeptieren
    bestätigen
    tout accepter
    tout refuser
    aceptar todo
    aceptar todas
    rechazar todo
    accetta tutto
    rifiuta tutto
    aceitar todos
    rejeitar todos
    alles accepteren
    zaakceptuj wszystkie
    acceptera alla
    godta alle
    accepter alle
    hyväksy kaikki
    sempre ativo
    siempre activo
    sempre attivo
    toujours actif
    immer aktiv
    altijd actief
    zawsze aktywne
    no cookies to display
    bagikan artikel ini
    ikuti kami
    síguenos
    suivez-nous
    folgen sie uns
    seguici
    collegati con noi
    siga-nos
    volg ons
    следите за нами
    підписуйтесь на нас
    bizi takip edin
    summary
    key points
    story highlights
    at a glance
    источник
    fuente
    quelle
    fonte
    分享到
    分享
    扫一扫
    sharethis
    addthis
    addtoany
    微信扫一扫
    このエントリーをはてなブックマークに追加
    はてなブックマークに追加
    short link
    shortlink
    لینک کوتاه
    收藏
    打印
    推荐阅读
    更多
    更多 相关
    了解更多
    了解详情
    了解詳情
    查看更多
    добавить в закладки
    в закладки
    подпишись на рассылку
    подпишитесь на рассылку
    разместить рекламу
    download audio mp3
    jetzt weiterlesen
    weiterlesen
    aller à la source
    source link
    exit mobile version
    large medium small
    small medium large
    font size
    text size
    home
    homepage
    menu
    main menu
    search
    search for
    skip to content
    skip to main content
    main content
    social share icons
    ここから本文
    本文へ移動
    本文へ
    この記事を印刷する
    pr情報
    skip ad
    skip advertisement
    son dakika
    diskuze
    підписатися
    continue lendo
    continuar lendo
    đọc nhiều
    yes no
    thanks for your feedback
    thank you for your feedback
    reading mode
    zum artikel
    skip to toolbar
    skip to navigation
    go to source
    go to the source
    ora in onda
    in onda ora
    перейти к основному контенту
    перейти к содержанию
    перейти к основному содержанию
    перейти до вмісту
    aller au contenu
    aller au contenu principal
    zum inhalt springen
    zum hauptinhalt springen
    direkt zum inhalt
    direkt zum inhalt wechseln
    zum inhalt wechseln
    ir al contenido
    ir al contenido principal
    saltar al contenido
    pulsa intro para saltar al contenido
    vai al contenuto
    vai al contenuto principale
    salta al contenuto
    ir para o conteúdo
    pular para o conteúdo
    saltar para o conteúdo
    hyppää pääsisältöön
    siirry pääsisältöön
    hoppa till innehållet
    hoppa till huvudinnehållet
    gå til indhold
    gå til hovedindhold
    hopp til innhold
    hopp til hovedinnhold
    naar de inhoud
    ga naar de inhoud
    spring naar de inhoud
    przejdź do treści
    przejdź do głównej treści
    přejít na obsah
    přejít k obsahu
    preskočiť na obsah
    sari la conținut
    ana içeriğe atla
    içeriğe atla
    μετάβαση στο περιεχόμενο
    μετάβαση στο κύριο περιεχόμενο
    このページの本文へ
    本文へ
    本文へスキップ
    본문 바로가기
    跳至主要內容
    跳到主要内容
    跳至主要内容
    تخطي إلى المحتوى
    langsung ke konten
    chuyển đến nội dung
    przejdź do treści
    przejdź do zawartości
    içeriğe geç
    ana içeriğe atla
    naar de inhoud springen
    ga naar inhoud
    ga naar de inhoud
    leer en español
    read in english
    lire en français
    article content
    log ind
    logg inn
    logga in
    kirjaudu sisään
    envia por email
    enviar por email
    rate it
    rate this article
    click any reaction to login
    ai summary
    ai要約
    share close
    download now
    read offline anywhere
    how do you feel about this story
    how do you feel about this article
    vielen dank für ihr interesse
    weitere artikel aus diesem ressort
    gå til hovedindhold
    gå til indhold
    gå til hovedinnhold
    gå til innhold
    hopp til hovedinnhold
    gå till huvudinnehåll
    gå till innehållet
    hoppa till innehåll
    siirry sisältöön
    siirry pääsisältöön
    přejít k obsahu
    preskočiť na obsah
    ugrás a tartalomhoz
    μετάβαση στο περιεχόμενο
    sari la conținut
    search this blog
    lewati ke konten
    langsung ke konten
    chuyển đến nội dung
    bỏ qua nội dung
    コンテンツへスキップ
    跳至内容
    跳到内容
    跳至主要内容
    본문 바로가기
    التخطي إلى المحتوى
    رفتن به محتوا
    читать дальше
    читать далее
    читати далі
    czytaj dalej
    czytaj więcej
    leia mais
    leia mais em
    ver notícia
    ver noticia
    leer noticia
    ver nota
    argomenti
    leggi tutto
    leggi di più
    lire la suite
    lire plus
    leer más
    seguir leyendo
    mehr lesen
    weiter lesen
    lesen sie mehr
    devamını oku
    haberin devamı
    baca selengkapnya
    læs mere
    les mer
    lue lisää
    lees verder
    číst dále
    čítať ďalej
    citește mai mult
    διαβάστε περισσότερα
    阅读全文
    閱讀全文
    查看全文
    続きを読む
    اقرأ المزيد
    ادامه مطلب
    accessibility links
    skip to main navigation
    skip to search
    ссылки доступа
    вернуться к основному содержанию
    вернуться к главной навигации
    无障碍链接
    跳转到主要内容
    jump to content
    jump to
    sign in
    signin
    log in
    login
    logout
    log out
    register
    subscribe
    subscribe now
    sign up
    toggle navigation
    navigation
    close
    close menu
    open menu
    back to top
    back to
    top
    next
    previous
    next article
    previous article
    headline link
    pdf herunterladen
    download pdf
    télécharger le pdf
    descargar pdf
    scarica pdf
    image not found
    image not available
    image unavailable
    no image available
    no image
    minus
    plus
    next story
    previous story
    load more
    show more
    see more
    see all
    view all
    view more
    view photo
    view photos
    back to top button
    change text size
    gift premium articles
    see subscription options
    you may also want to watch
    ランキング
    トピックスrss
    mehr bilder
    discuss
    partager un article
    partager l article
    previous and next news
    listen to this article loading audio
    live
    live tv
    audio only
    listen
    listen to this article
    listen to article
    play
    play video
    watch video
    watch
    pause
    mute
    video
    photos
    photo gallery
    gallery
    image
    enlarge
    enlarge this image
    enlarge image
    request to buy this photo
    enlarge image request to buy this photo
    expand
    text size
    font size
    a a a
    a a
    accessibility
    newsletter
    newsletters
    contact
    contact us
    about
    about us
    privacy
    privacy policy
    terms of use
    terms of service
    terms and conditions
    cookie policy
    cookie settings
    cookie control
    cookie consent
    cookie preferences
    manage cookies
    advertise
    advertise with us
    careers
    sitemap
    site map
    网站地图
    網站地圖
    feedback
    help
    faq
    account
    my account
    your account
    profile
    my profile
    your profile
    become a member
    see privacy policy
    notifications
    settings
    edition
    loading
    day loading
    news loading
    loading content
    picture used for illustrative purpose
    picture used for illustrative purposes
    photo used for illustrative purposes
    image used for illustrative purposes
    photo for illustrative purposes only
    image for illustrative purposes only
    picture for illustrative purposes only
    more news on site
    read on the website
    read the full article
    read full article
    read full article on original website
    go to original
    go to original article
    view original
    view original article
    see original article
    read the full article on the original website
    read full story on original website
    leggi l articolo completo
    lire l article complet
    lee el artículo completo
    lies den ganzen artikel
    글자크기 설정
    full story
    read full
    read full story
    click here
    translate
    english
    print edition
    follow
    following
    tap to unmute
    connect with us
    avatar photo
    news image
    published
    posted
    updated
    video player
    video playerclose
    keyboard shortcuts for audio player
    nav search
    bloggers like this
    d bloggers like this
    like this
    like loading
    reblog
    subscribed
    sign me up
    already have a wordpress com account log in now
    report this content
    view site in reader
    manage subscriptions
    collapse this bar
    write a comment
    primary menu
    sign out
    promoted stories
    read the full article
    read the full story
    continue reading
    show full article
    view full article
    view article
    view story
    view full story
    open in app
    pages
    learn more
    find out more
    more in this section
    view more in this section
    see more in this section
    skip to primary navigation
    skip to navigation
    skip to footer
    skip to search
    skip navigation
    adjust font size
    font size
    print this page
    print this article
    email this article
    close x
    x close
    photo of author
    no caption
    author photo
    author avatar
    dateiname
    dateigröße
    download jetzt herunterladen
    back to top stories
    stories others are clicking on
    close this search box
    close search
    close this dialog
    close this window
    x to close
    link
    suggest to a friend
    send to a friend
    email to a friend
    recommend to a friend
    print version
    printer friendly version
    версия для печати
    версія для друку
    druckversion
    version imprimable
    versión para imprimir
    newer post older post home
    newer post older post
    newer post
    older post
    newer posts older posts
    previous post
    next post
    previous post next post
    search for
    blog archive
    archives
    categories
    recent posts
    recent comments
    entries feed
    comments feed
    entries rss
    comments rss
    powered by wordpress
    proudly powered by wordpress
    powered by blogger
    email thisblogthis share to twittershare to facebookshare to pinterest
    email this blogthis share to twitter share to facebook share to pinterest
    share this
    share it
    like this
    opens in new window
    next page
    previous page
    expand
    collapse
    previous articlenext article
    ページの先頭です
    ページの先頭です メニューを飛ばして本文へ
    メニューを飛ばして本文へ
    本文へスキップ
    ir a la siguiente nota
    revisa también
    pogledajte više
    bonus video
    výběr článků
    související témata
    на эту тему
    načítám
    skryťvypnúť reklamu
    skryť reklamu
    vypnúť reklamu
    komerčné články
    terkini
    voltar
    print friendly and pdf
    average rating
    want more news
""")
    # PAGE_CONTROL_GAPS: page controls of the archive's languages the lists above lacked (found by checking each
    # language's usual buttons and placeholders): loading placeholders, next and previous article, continue reading,
    # legal and cookie pages, video and gallery buttons, the subscribe, follow and listen buttons, the home link, the
    # previous and next news, the about-the-author heading, a popular-posts widget's empty message, the comment box's
    # and the reactions' labels, a gallery's and a translation's links, a developing story's notice, and the share,
    # comment, tag and advertisement labels of Japanese, Dutch, Romanian, Hungarian and Thai pages ...
    | _words("""
    lädt
    chargement en cours
    nächster artikel
    vorheriger artikel
    berita sebelumnya
    berita selanjutnya
    artikel sebelumnya
    artikel selanjutnya
    notícia anterior
    próxima notícia
    noticia anterior
    noticia siguiente
    vorige artikel
    volgende artikel
    předchozí článek
    articolul anterior
    articolul următor
    előző cikk
    következő cikk
    προηγούμενο άρθρο
    επόμενο άρθρο
    sobre o autor
    sobre el autor
    acerca del autor
    à propos de l auteur
    über den autor
    informazioni sull autore
    o autorze
    об авторе
    yazar hakkında
    over de auteur
    tentang penulis
    despre autor
    a szerzőről
    σχετικά με τον συντάκτη
    comparte y comenta
    comenta y comparte
    commented
    foto do avatar
    lesen sie jetzt weiter
    citește mai departe
    tovább olvasom
    sorry there are no recent results for popular commented articles
    sorry there are no recent results for popular articles
    die diskussion ist geschlossen
    opmerkingen
    your reaction
    twoja reakcja
    ваша реакция
    tepkiniz
    첫 번째 댓글을 작성해 보세요
    sé el primero en comentar
    soyez le premier à commenter
    seja o primeiro a comentar
    bądź pierwszy skomentuj
    click image to view slideshow
    click to view slideshow
    read this article in
    read this article in english
    lire cet article en
    leer este artículo en
    читайте на сайте
    подробнее читайте на
    içeriği görüntüle
    최신 기사
    tagged under
    want more
    from our network
    this story is developing
    this is a developing story
    this story is developing and will be updated
    this is a developing story and will be updated
    this is a breaking news story and may be updated when more information is provided
    this is a breaking news story and will be updated
    vous avez repéré une erreur ou disposez de plus d infos signalez le ici
    click to follow
    curta nossa página no facebook
    more to come
    on this story
    see the full story below
    vedi letture
    xem thêm phản hồi
    esta noticia está en desarrollo
    noticia en desarrollo
    diese meldung wird aktualisiert
    この記事をシェア
    この記事をシェアする
    スポンサーリンク
    前の記事
    次の記事
    reageer
    distribuie articolul
    lasă un comentariu
    olvasta már
    อ่านต่อ
    แชร์
    แท็ก
    โฆษณา
    แสดงความคิดเห็น
    article suivant
    article précédent
    artículo siguiente
    artículo anterior
    próximo artigo
    artigo anterior
    articolo successivo
    articolo precedente
    volgend artikel
    vorig artikel
    następny artykuł
    poprzedni artykuł
    следующая статья
    предыдущая статья
    sonraki haber
    önceki haber
    nästa artikel
    další článek
    artikel weiterlesen
    continuer la lecture
    devamını okuyun
    läs vidare
    qui sommes nous
    om oss
    cookie einstellungen
    paramètres des cookies
    configuración de cookies
    sök
    menú
    меню
    stäng
    cargando mensajes
    로딩중
    video below
    video ansehen
    voir la vidéo
    ver vídeo
    open gallery
    view gallery
    bild vergrößern
    je m abonne
    předplatit
    フォローする
    vorlesen
    слушать
    haut de page
    startseite
    accueil
    inicio
    início
    главная
    anasayfa
    plaats een reactie
    """)
    # EMPTY_CREDIT_LABEL: ... and a source's or a picture's label alone, its value lost or on the next line ("Source:",
    # "Bron:", "Źródło:", "Imagen:"): the label's word names nothing (a value on the next line is read there)
    | _words("""
    source
    sources
    bron
    źródło
    kaynak
    källa
    zdroj
    sumber
    nguồn
    المصدر
    출처
    imagen
    imagem
    immagine
    afbeelding
    fotoğraf
    """)
)

SECTION_LABELS = _words("""
    opinion
    opinions
    analysis
    news
    world
    world news
    news in english
    politics
    business
    economy
    markets
    asia
    asia pacific
    europe
    americas
    africa
    middle east
    international
    national
    local
    nation
    sports
    sport
    tech
    technology
    science
    health
    culture
    entertainment
    lifestyle
    editorial
    editorials
    commentary
    op ed
    columns
    column
    columnists
    features
    feature
    breaking
    breaking news
    exclusive
    in depth
    explainer
    investigation
    interview
    review
    diplomacy
    defence
    defense
    media center
    world affairs
    global
    blog
    blogs
    podcast
    podcasts
    multimedia
    breaking news opinion
    news opinion
    news analysis
    opinion analysis
    press releases
    press release
    news releases
    media releases
    latest stories
    north america
    south america
    latin america
    central asia
    south asia
    east asia
    southeast asia
    oceania
    caribbean
    columns blogs
    football
    soccer
    tennis
    cricket
    golf
    rugby
    basketball
    baseball
    hockey
    ice hockey
    athletics
    motorsport
    formula 1
    cycling
    boxing
    roundup
    round up
    briefs
    in brief
    news in brief
    l actualité en bref
    actualité en bref
    en bref
    kurz notiert
    in breve
    en breve
    em resumo
    advertiser disclosure
    how we make money
    our promise to you
    editorial integrity
    off the wire
    news columns blogs
""")
# A label made only of rubric words ("Breaking News & Opinion", "Politics and Business").
# FOREIGN_SECTION_LABELS: the common rubrics of news sites in the archive's other languages ("Politik", "Политика",
# "Economía", "Thế giới"), alone on a line; no country's or city's name (a dateline's place looks the same).
FOREIGN_SECTION_LABELS = _words("""
    国内外ニュース
    全国 世界のニュース
    全国のニュース
    politik
    wirtschaft
    gesellschaft
    ausland
    inland
    panorama
    meinung
    lokales
    nachrichten
    nyheter
    nyheder
    uutiset
    nieuws
    noticias
    notizie
    notícias
    politique
    économie
    société
    monde
    actualité
    actualités
    faits divers
    faits divers justice
    justice
    política
    economía
    sociedad
    mundo
    internacional
    deportes
    opinión
    actualidad
    sucesos
    economia
    sociedade
    esportes
    desporto
    opinião
    notícias
    politica
    esteri
    cronaca
    spettacoli
    attualità
    политика
    экономика
    общество
    в мире
    происшествия
    новости
    політика
    економіка
    суспільство
    світ
    новини
    новина
    polityka
    gospodarka
    świat
    kraj
    wiadomości
    siyaset
    ekonomi
    dünya
    gündem
    magazin
    nasional
    internasional
    olahraga
    hiburan
    chính trị
    kinh tế
    thế giới
    xã hội
    thể thao
    thời sự
    pháp luật
    politiek
    buitenland
    binnenland
    belföld
    külföld
    gazdaság
    domácí
    zahraničí
    inrikes
    utrikes
    innenriks
    utenriks
    indland
    udland
    güncel
    politika
    spor
    yerel
    yerel yönetimler
    röportajlar
    yazarlar
    foto galeri
    video galeri
    kultur
    cultura
    спорт
    культура
    정치
    경제
    사회
    국제
    문화
    스포츠
    연예
    政治
    经济
    經濟
    社会
    社會
    国际
    國際
    体育
    體育
    娱乐
    科技
    军事
""")
SECTION_LABELS = SECTION_LABELS | FOREIGN_SECTION_LABELS
SECTION_WORDS = frozenset(word for label in SECTION_LABELS for word in label.split()) | {"and"}

# Labels that head a block of links to other stories; the headlines and teasers under them go too.
PROMO_LABELS = _words("""
    misschien vind je dit ook interessant
    other stories
    discover related
    اخترنا لك
    polecane oferty
    polecane
    recommend
    poderão também interessar lhe
    poderá também interessar lhe
    também lhe pode interessar
    te recomendamos
    この記事の関連ニュース
    le recomendamos
    najczęściej czytane
    najczęściej czytane w tym tygodniu
    també et pot interessar
    nepalaid garām
    lasi arī
    skaitykite taip pat
    עוד כתבות שיעניינו אותך
    nous vous recommandons
    wir empfehlen
    vi consigliamo
    рекомендуем
    we recommend
    artículos relacionados
    articulos relacionados
    noticias relacionadas
    notícias relacionadas
    lea también
    leia também
    leggi anche
    articoli correlati
    lire aussi
    à lire aussi
    a lire aussi
    voir aussi
    mehr zum thema
    weitere artikel
    das könnte sie auch interessieren
    читайте также
    прочитайте також
    читайте також
    ver también
    по теме
    новости по теме
    материалы по теме
    не пропустите важное
    बड़ी खबर
    другие новости
    sur le même sujet
    dans la même rubrique
    te puede interesar
    también te puede interesar
    otras noticias
    相关新闻
    相关阅读
    延伸阅读
    相關新聞
    延伸閱讀
    相关报道
    相關報導
    相关内容
    相關內容
    推荐阅读
    推薦閱讀
    更多新闻
    更多新聞
    更多资讯
    更多資訊
    热门新闻
    熱門新聞
    更多
    check also
    must read
    must reads
    most read
    most popular
    popular
    popular now
    popular stories
    trending
    trending now
    trending stories
    top stories
    top news
    top headlines
    editor s picks
    editors picks
    editor picks
    recommended
    recommendations
    our recommendations
    editor s recommendations
    recommended for you
    recommended stories
    related
    related articles
    products mentioned
    upcoming events
    top stories right now
    products in this article
    featured products
    related products
    shop this story
    related stories
    previous stories
    earlier stories
    related news
    related topics
    related posts
    related coverage
    related content
    related links
    more stories
    more news
    more from
    more on this story
    more in world
    more like this
    you may also like
    このほかの記事
    その他の記事
    過去の記事
    過去の記事 月別
    bài liên quan
    nổi bật
    tin nổi bật
    bu haberler de ilginizi çekebilir
    ilginizi çekebilir
    you might also like
    you may like
    stories you may like
    latest news
    latest stories
    latest additions
    latest
    most recent
    read next
    what to read next
    in case you missed it
    don t miss
    also read
    read more
    read also
    see also
    must watch
    sponsored stories
    around the web
    from the web
    news in pictures
    top news today
    more top stories
    also in news
    also in this section
    more in this section
    also in this category
    more headlines
    latest headlines
    featured stories
    featured articles
    popular posts
    recent stories
    most viewed
    most shared
    most commented
    you might be interested in
    related news
    sphere related content
    more videos
    latest videos
    top videos
    trending videos
""")

# Promo labels also come as "Related Articles More", "Top News View all", "More stories from Outlet".
# (?<!\s): a run of spaces is tried from its start only, so a long run costs its length once, not its square.
PROMO_LABEL_SUFFIX = re.compile(r"(?<!\s)\s+(?:more|view all|see all|show all|see more|view more)$")
PROMO_LABEL_FROM = re.compile(
    r"^(?:read |see )?(?:more|other|latest|top|popular) (?:stories|news|articles|headlines|videos|reads) (?:from|in|on|by) .{1,40}$"
    # (SEE_MORE_IN: "See more in Business", "Read more from Sport")
    r"|^(?:see|read|view) more (?:in|from|on) \S++(?: \S++){0,2}$"
    # MORE_FROM_SECTION: "More from Local", "More from Example News" (a section's or the site's name, up to three words)
    r"|^more from (?:the )?\S++(?: \S++){0,2}$"
    # (DISCOVER_MORE_FROM: a blog platform's subscription box, "Discover more from Example News", "اكتشاف المزيد من ...")
    r"|^(?:discover more from|اكتشاف المزيد من) \S++(?: \S++){0,3}$"
    # FOREIGN_MORE_FROM: "Más noticias de El País", "Mais notícias do Example", "Plus d'actualités de", "Weitere Nachrichten
    # aus", "Altre notizie da", "Meer nieuws van" (the site's or a section's name after it)
    # (READ_MORE_NEWS_IN: the verb before it and "in" after, "Leia mais notícias em Mundo", "Lee más noticias de Política")
    r"|^(?:(?:leia|lea|lee|leer|veja|vea|ver) )?(?:más|mas|otras|mais|outras) (?:noticias|notícias) (?:de|del|de la|do|da|dos|das|em|en|no|na|sobre) \S++(?: \S++){0,2}$"
    r"|^(?:plus d actualités|autres articles|plus d articles) (?:de|du|des|dans|sur|en) \S++(?: \S++){0,2}$"
    r"|^weitere (?:nachrichten|artikel|meldungen) (?:von|aus|der|des) \S++(?: \S++){0,2}$"
    # (MEHR_AUS: "MEHR AUS RUSSLAND", "Mehr zum Thema Wetter Deutschland": more from a section or on a topic)
    r"|^mehr (?:aus|zum thema|zu|in) \S++(?: \S++){0,2}$"
    r"|^altre notizie (?:da|di|del|della) \S++(?: \S++){0,2}$|^meer nieuws (?:van|uit) \S++(?: \S++){0,2}$"
    # (MORE_OF_SECTION: "Voir plus de : Faits-divers", "see more of", a section's list under it)
    r"|^voir plus de \S++(?: \S++){0,2}$"
    # (RECENT_IN_CATEGORY: "Știri recente din categoria Actualitate", "Recent news in the category ...", a category's list)
    r"|^(?:știri|stiri|articole) recente din categoria \S++(?: \S++){0,2}$"
    r"|^(?:recent|latest) (?:news|stories|articles|posts) (?:in|from) (?:the )?category \S++(?: \S++){0,2}$"
)
# "More tech stories", "Latest business news", "Top sport headlines", "Read more National news": a promo label naming its
# section (1 to 2 words).
PROMO_LABEL_SECTION = re.compile(
    r"^(?:read )?(?:more|other|latest|top|popular|related) \w+(?: \w+)? (?:stories|news|articles|headlines|videos)$"
)


# MORE_IN_SECTION: "Next in Nation", "More in World", "Mais de Mundo", "Más de Deportes": the label of a section's other
# stories, the section's name a known one ("Mais de 200 mortos" is a headline, "more than 200 dead").
MORE_IN_SECTION = re.compile(
    r"^(?:next in|more in|mais de|más de|mas de|plus de|mehr aus|altro da|altri di|meer uit|mere fra|mer från|lisää) "
    r"(?P<section>.{1,30})$"
)


# Promo labels are also made of one of these words, up to two more, and one of PROMO_NOUNS ("Latest Headlines",
# "Most Viewed Articles", "Recent Posts", "Featured Stories").
PROMO_ADJECTIVES = frozenset("latest top more related popular trending recommended featured recent most other similar".split())
PROMO_NOUNS = frozenset(
    # (TOP_DOWNLOADS: a media pool's list of its files, "Top downloads", "Latest downloads")
    "news stories headlines articles posts videos reads links coverage galleries podcasts story article post video downloads".split()
)
MAX_PROMO_LABEL_WORDS = 4


# PROMO_LABEL_WORDS: the same kind of label in other languages, in either word order ("Últimas noticias", "Ver más
# noticias", "Temas relacionados", "Dernières nouvelles", "Weitere Artikel", "Последние новости", "More from this
# section"): up to MAX_PROMO_LABEL_WORDS words, each an adjective or noun of such labels or a filler word, with at least
# one of each. A headline has words of its own ("Más noticias falsas circulan").
PROMO_ADJECTIVES_ANY = PROMO_ADJECTIVES | frozenset(
    """últimas últimos ultimas ultimos más mas relacionadas relacionados recientes populares destacadas destacados leídas
    leidas vistas recomendadas recomendados otras otros dernières dernieres derniers autres similaires populaires
    recommandés neueste neuesten weitere ähnliche beliebte meistgelesene ultime ultimi correlati correlate altre altri
    popolari recenti mais outras outros recentes последние другие похожие популярные главные"""
    # (HOT_AND_RELATED: "Горячие новости", "Связанные новости", "Пов'язані новини", "Ultime di oggi")
    """ горячие связанные пов'язані гарячі"""
    # (NORTHERN_PROMO_WORDS: Catalan, Latvian, Lithuanian, Finnish, Hebrew: "Altres notícies", "Aktuālākās ziņas",
    # "Naujausios naujienos", "Uusimmat uutiset", "עוד כתבות")
    """ altres relacionades aktuālākās jaunākās populārākās naujausios populiariausios kitos uusimmat luetuimmat muut
    עוד""".split()
)
PROMO_NOUNS_ANY = PROMO_NOUNS | frozenset(
    """noticias notas artículos articulos temas historias publicaciones vídeos nouvelles actualités actualites articles
    sujets vidéos nachrichten artikel meldungen themen beiträge notizie articoli storie notícias noticias matérias
    materias artigos новости статьи материалы темы section sección seccion rubrique"""
    """ notícies articles ziņas raksti naujienos straipsniai uutiset artikkelit כתבות"""
    # (SECTION_AS_NOUN: a section's place name after the adjective, "Últimas do País", "Más del Mundo", "Dernières du
    # Monde": the section's latest stories)
    """ país pais mundo monde welt mondo região region región cidade ciudad""".split()
)
PROMO_FILLERS = frozenset("ver see view all from this our in en de del la las los el le les des du di im aus da do".split())


def _promo_label_any_order(words: list[str]) -> bool:
    if not 2 <= len(words) <= MAX_PROMO_LABEL_WORDS:
        return False
    known = PROMO_ADJECTIVES_ANY | PROMO_NOUNS_ANY | PROMO_FILLERS
    if not all(w in known for w in words):
        return False
    return any(w in PROMO_ADJECTIVES_ANY for w in words) and any(w in PROMO_NOUNS_ANY for w in words)


# LABEL_WITH_ITS_COLON: a label of the vocabularies ("Related readings:", "Pos terkait:") heads its list with a colon as
# well (one READ_MORE took, "RELATED:" and its headline, is left to it); a label made of a promo's words ("Top stories
# from the region:") with a colon may open the article's own list.
def _named_label(key: str) -> bool:
    return key in PROMO_LABELS or key in FOREIGN_PROMO_LABELS


# CHOSEN_FOR_YOU: a list offered to the reader, whatever it lists ("Products You May Like", "Stories you might also
# enjoy", "You may be interested in", "More For You", "Picked for you"): up to three words, then "you may like" or "for
# you" after a word of choosing.
CHOSEN_FOR_YOU = re.compile(
    r"^(?:\w+ ){0,3}you (?:may|might|will|would) (?:also )?(?:like|enjoy|love|be interested(?: in)?)$"
    r"|^(?:\w+ )?(?:more|picked|selected|chosen|recommended|suggested|curated|handpicked) for you$"
)


# FOLLOWING_STORIES: a label announcing other stories below it ("We also published the following articles recently",
# "See the following stories"): "the following" and a word for stories, nine words at most.
FOLLOWING_STORIES = re.compile(
    r"^(?=(?:\S+ ){0,8}\S+$)(?:\w+ ){0,5}(?:the )?following (?:articles|stories|posts|news|reports|headlines)(?: \w+)?$"
)


# PROMO_LABEL_PERIOD: the period a list covers, before or after its label ("Today's Most Read Stories", "Top Stories
# this Week"; LAST_HOURS_PERIOD: "Most read in the last 24 hours", "Top downloads in last 7 days"): the label without it
# is read.
PROMO_LABEL_PERIOD = re.compile(
    r"^(?:today s|this week s|the week s|this month s) (?=\S)|(?<=\S) (?:this week|today|this month|of the week|of the day)$"
    r"|(?<=\S) in (?:the )?(?:last|past) \d{1,3} (?:hours|days)$"
)


def is_promo_label(key: str) -> bool:
    """A label heading a block of links to other stories ("Must Read", "Related Articles More", "More stories from X")."""
    if SPACED_CJK_LABEL.match(key):
        key = key.replace(" ", "")  # ("更 多": SPACED_CJK_LABEL)
    period = PROMO_LABEL_PERIOD.sub("", key, count=1)
    if period != key:
        return is_promo_label(period)
    words = key.split()
    if 2 <= len(words) <= MAX_PROMO_LABEL_WORDS and words[0] in PROMO_ADJECTIVES and words[-1] in PROMO_NOUNS:
        return True
    if _promo_label_any_order(words):
        return True
    if _named_label(key) or PROMO_LABEL_FROM.match(key) or PROMO_LABEL_SECTION.match(key):
        return True
    more_in = MORE_IN_SECTION.match(key)
    if more_in and more_in["section"] in SECTION_LABELS:
        return True
    if CHOSEN_FOR_YOU.match(key) or FOLLOWING_STORIES.match(key):
        return True
    trimmed = PROMO_LABEL_SUFFIX.sub("", key)
    return trimmed != key and trimmed in PROMO_LABELS


# Lead-ins that put a link to another story on the same line (or the next line when nothing follows them).
READ_MORE_LEAD = re.compile(
    r"^(?:read more|read next|read also|also read|related|related story|related article|see also|see more|more|watch|listen|"
    r"recommended|don[’']t miss|must read|suggested|also see|read|click here|more on this|more from [^:]{1,40}|"
    r"also on [^:]{1,40}|watch video|video|in pictures|background|further reading|explore further|trending|trending now|also in the news|"
    r"more news|top stories|full coverage|"
    # (MORE_READ_MORE_LEADS: "NOW READ: ...", "You may also like: ...", "More on this story: ...", "Editor's pick: ...")
    r"now read|you (?:may|might) also like|more on this story|related coverage|dig deeper|go deeper|editor[’']s picks?|"
    # (READ_MORE_OF_A_KIND: "Read More News: ...", "Related Stories: ...", "More stories: ...")
    r"read more (?:news|stories|articles)|related (?:news|stories|articles)|more stories|"
    # (MORE_SLASH_KIND: "MORE/VIDEO: ...", the link's kind after a slash)
    r"more/(?:video|videos|photos?|pictures|audio|watch)|"
    # (PREVIOUSLY_AND_SIMILAR: "Previously:Council decides against opt out", the paper's earlier story; "Similar News:You
    # can also read ...", an aggregator's list of other copies; "previously" only with its colon: "Previously - the
    # council voted ..." opens a sentence)
    r"previously(?=\s*:)|similar (?:news|stories|articles))\s*(?:[:>»|]+|[-–—]\s)\s*|^(?:see also|also read|read also|read more)\s\s+",
    re.I,
)
# FOREIGN_READ_MORE: the same lead-ins in other languages ("Читайте также: ...", "Lire aussi : ...", "Baca juga: ...",
# "相关阅读：..."), with their colon, ASCII or full width: a sentence does not open with "Read also:".
_FOREIGN_READ_MORE = (
    r"(?:читайте\s+(?:также|тоже|також)|смотрите\s+также|дивіться\s+також|по\s+теме|lire\s+aussi|à\s+lire\s+aussi|"
    r"a\s+lire\s+aussi|voir\s+aussi|lea\s+también|lee\s+también|también\s+lea|leer\s+más|ver\s+también|te\s+puede\s+interesar|"
    # (READ_MORE_WITH_ITS_COLON: "read more" with its colon over a list of links, "Leia mais:", "Lees meer:")
    r"leia\s+mais|saiba\s+mais|lees\s+meer|czytaj\s+więcej|lire\s+plus|"
    r"leia\s+também|veja\s+também|leggi\s+anche|vedi\s+anche|lesen\s+sie\s+auch|auch\s+interessant|mehr\s+zum\s+thema|"
    r"baca\s+juga|baca\s+lainnya|simak\s+juga|baca|lihat\s+juga|tonton\s+juga|czytaj\s+(?:też|także)|zobacz\s+(?:też|także)|čítajte\s+aj|čtěte\s+také|"
    r"đọc\s+thêm|xem\s+thêm|ayrıca\s+okuyun|"
    r"puedes\s+ver|puedes\s+leer|podría\s+interesarte|(?:también\s+)?(?:le|te)\s+(?:podría|puede)\s+interesar|quizás\s+(?:le|te)\s+interese|"
    r"(?:você\s+)?(?:também\s+)?pode\s+(?:te\s+)?interessar|vous\s+aimerez\s+aussi|(?:ti\s+)?potrebbe\s+interessarti|"
    r"mira\s+también|zobacz|przeczytaj(?:\s+(?:też|także))?|sprawdź\s+(?:też|także)|pisaliśmy\s+o\s+tym|"
    r"siehe\s+auch|mehr\s+dazu|lees\s+ook|bekijk\s+ook|läs\s+också|læs\s+også|les\s+også|citește\s+și|"
    # (READ_ON_NORDIC: "Les videre:", "Læs videre:", "Läs vidare:", "read on", before another story's headline)
    r"les\s+videre|læs\s+videre|läs\s+vidare|"
    r"pročitajte\s+(?:još|i)|čitajte\s+(?:još|i)|taip\s+pat\s+skaitykite|lue\s+myös|lue\s+lisää|läs\s+mer|прочетете\s+още|прочитајте\s+још|"
    r"olvassa\s+el|আরও\s+পড়ুন|और\s+पढ़ें|यह\s+भी\s+पढ़ें|ये\s+भी\s+पढ़ें|soma\s+pia|بیشتر\s+بخوانید|"
    r"شاهد\s+[أا]يضا\u064b?|[اإ]قر[أا]\s+[أا]يض(?:ا\u064b?|\u064bا)|διαβάστε\s+επίσης|相关阅读|延伸阅读|相关新闻|相關新聞|延伸閱讀|推荐阅读|推薦閱讀|関連記事|관련\s?기사|"
    # INDIC_READ_ALSO: "also read" in Punjabi, Gujarati, Marathi, Nepali, Tamil, Telugu, Malayalam, Kannada and Urdu
    r"ਇਹ\s+ਵੀ\s+ਪੜ੍ਹੋ|આ\s+પણ\s+વાંચો|हेही\s+वाचा|हे\s+पण\s+वाचा|यो\s+पनि\s+पढ्नुहोस्|இதையும்\s+படிக்க|இதையும்\s+படிங்க|"
    r"ఇవి\s+కూడా\s+చదవండి|ఇది\s+కూడా\s+చదవండి|ഇതും\s+വായിക്കുക|ಇದನ್ನೂ\s+ಓದಿ|یہ\s+بھی\s+پڑھیں)"
)
FOREIGN_READ_MORE_LEAD = re.compile(r"^" + _FOREIGN_READ_MORE + r"\s*[:：]\s*", re.I)
# LOWER_CASE_READ_MORE: the lead-in without its colon, opening the line in lower case and followed by a headline's
# capital or number ("les også 1391 skoler rammet", "baca juga Banjir di ..."): a sentence opens with a capital.
FOREIGN_READ_MORE_BARE = re.compile(r"^" + _FOREIGN_READ_MORE + r"\s+", re.I)
FOREIGN_READ_MORE_STOP = re.compile(r"^" + _FOREIGN_READ_MORE + r"\.?\s+", re.I)
# An all-capitals lead-in needs no colon ("READ MORE Putin arrives in Beijing").
# (MORE_IN_CAPITALS_ABROAD: "MAIS: <headline>", "MÁS: ...", "PLUS: ...", a Portuguese, Spanish or French site's "MORE:")
# (KIND_OF_LINK_IN_CAPITALS: the kind of page a link opens, in capitals with its colon, "LIST: Updated school closings",
# "MAP: Where the storm hit", "PHOTOS: ...", as local stations set them between paragraphs)
# (WATCH_IN_CAPITALS_ABROAD: "REGARDER. <a video's title>", "GUARDA: ...", "ASSISTA: ...", the French, Italian and
# Portuguese "WATCH", its stop or colon after it)
READ_MORE_CAPS = re.compile(
    r"^(?:READ MORE|READ NEXT|READ ALSO|ALSO READ|RELATED|SEE ALSO|MUST READ|WATCH|DON'T MISS|"
    r"(?:MAIS|MÁS|PLUS|LIST|MAP|PHOTOS|GALLERY|INTERACTIVE|TIMELINE)(?=\s?:)|(?:REGARDER|GUARDA|ASSISTA)(?=\s?[.:]))\b\s*"
)

# Teasers that link away from the article.
# Possessive tails (*+): adjacent runs of spaces and marks are not re-split on a failing end (linear on any line).
TEASER_TAIL = re.compile(
    r"(?:\.\.\.|…)\s*+(?:read more|more|continue reading|read full|full story)?\s*+[:»>]*+\s*+$|"
    r"\b(?:read more|read full|continue reading|full story)\s*+[:»>.…]*+\s*+$",
    re.I,
)
MAX_TEASER_WORDS = 40
# FOREIGN_TEASER_TAIL: "Read more" in other languages ending a short line, after a full stop, an ellipsis or a word ("Så
# jobbar vi med nyheter Läs mer här!", "... Leia mais")
# (not the paywall's "... pour lire la suite", "Mit einem Abo weiterlesen", "para seguir leyendo": PAYWALL_LINE's)
FOREIGN_TEASER_WORDS = (
    "läs mer",
    "läs mer här",
    "lees meer",
    "lees verder",
    "lue lisää",
    "czytaj więcej",
    "czytaj dalej",
    "leia mais",
    "leer más",
    "mehr lesen",
    "leggi tutto",
    "читать далее",
    "читать дальше",
    "devamını oku",
    "baca selengkapnya",
    "đọc tiếp",
    # (TEASER_TAILS_MORE: Romanian, French, Italian, Portuguese, Hungarian and Greek "read more" ending a teaser:
    # "Primarul a explicat ...citește toată știrea"; German "weiterlesen" ends the paywall's "Mit einem Abo
    # weiterlesen", read as a paywall)
    "citește toată știrea",
    "citeste toata stirea",
    "citește mai mult",
    "citeste mai mult",
    "lire la suite",
    "leggi di più",
    "continua a leggere",
    "ler mais",
    "continuar lendo",
    "bővebben",
    "tovább olvasom",
    "διαβάστε περισσότερα",
)
FOREIGN_TEASER_TAIL = re.compile(
    r"(?:[.!?…]|(?<!\s)\s)\s*+(?:" + "|".join(map(re.escape, FOREIGN_TEASER_WORDS)) + r")\s*+[:»>.…!]*+\s*+$", re.I
)
# ... looked for only in a line ending with one of their last words, once its closing marks are stripped
FOREIGN_TEASER_LAST_WORDS = tuple(sorted({words.split()[-1] for words in FOREIGN_TEASER_WORDS}))
TEASER_CLOSING_MARKS = ":»>.…!"
TEASER_STRONG_TAIL = re.compile(
    r"(?:\.\.\.|…|(?<!\s)\s)\s*+(?:read more|read full|continue reading|full story)\s*+[:»>.…]*+\s*+$", re.I
)

# Site furniture at the foot of a page: trackers and counters.
ANALYTICS_LABELS = _words("""
    verified by monsterinsights
    real time analytics
    web analytics
    google analytics
    statcounter
    hit counter
    free counter
    free hit counter
    site meter
    histats
    website statistics
    web counter
    visitor counter
    page views
    views
    total views
""")

# (FRONT_PAGE_LINK: the link to the print issue's front page, "Today's front page", "La portada de mañana", "La une du
# jour", "A capa de hoje", "La prima pagina di oggi", "Die Titelseite von heute")
EPAPER_LINE = re.compile(
    r"^(?:e[-_ ]?paper|today[’']?s paper|digital edition|print edition|e[-_ ]?edition)(?:\b|_)"
    r"|^(?:(?:today|tomorrow)[’']?s front page|(?:la )?portada (?:de |del )?(?:hoy|mañana|día)|la une (?:du jour|de demain)"
    r"|(?:a )?capa (?:de )?(?:hoje|amanhã)|(?:la )?prima pagina (?:di )?(?:oggi|domani)|(?:die )?titelseite (?:von )?(?:heute|morgen))$",
    re.I,
)
# NAMED_EPAPER: the paper's name before it and the issue's date after it ("Example News E-Edition April 18 2024 – View
# Online"): a link to the print replica, up to MAX_NAMED_EPAPER_WORDS words.
# (NAME_DASH_PRINT_EDITION: "Example Free Press - PRINT EDITION", the page's header over an article from the paper)
NAMED_EPAPER = re.compile(
    r"^(?:[A-Z][\w&'’.-]*+ ){1,3}(?:E-?[Pp]aper|E-?[Ee]dition|Digital [Ee]dition)\b"
    r"|^(?:[A-Z][\w&'’.-]*+ ){1,4}[-–|] (?:PRINT EDITION|Print Edition|Print edition)$"
)
MAX_NAMED_EPAPER_WORDS = 10

# Words that say a photo, not the writer, is being credited.
PHOTO_WORDS = r"(?:photos?|images?|pictures?|photographs?|pics?|pix|credits?|photo credits?|image credits?|image source|photo source|zdjęcia|zdjęć|photo courtesy|courtesy|(?:pic|photo|image) court(?:esy|sey)|courtsey|file photo|illustrations?|graphics?|charts?|map data|infographic|video|фото|foto|fotos|fotó|fotós|kép|képek|bild|ảnh|照片|ภาพ|ที่มาภาพ|צילום|צילומים|kuva|снимка|снимки|фота|snímka|nuotr\.|nuotrauka|zdjęcie|ფოტო|φωτογραφία|fotografía|fotografia|fotografie|slika|світлина|فوٹو|تصویر)"  # (فوٹو, تصویر: Urdu "photo", "picture"; fotós: Hungarian "photographer", kép: "picture"; ภาพ: Thai "picture"; צילום: Hebrew "photo"; kuva: Finnish)
# (FOREIGN_PHOTO_WORDS: Bulgarian and Slovak "снимка"/"snímka" (Bulgarian plural "снимки"), Belarusian "фота", Lithuanian "nuotr.", Polish "zdjęcie", Georgian "ფოტო",
# Greek "φωτογραφία", Croatian "slika", Ukrainian "світлина")
# (IMAGE_WORDS, in CREDIT_ONLY alone: Spanish, Portuguese, Italian, Dutch "image" ("afbeelding", "beeld") and Turkish
# "photograph" before a credit alone on its line, "Imagen: EFE", "Fotoğraf: AA", "Beeld: ANP"; the Greek abbreviation
# "Φωτ.:" and the Thai "ภาพจาก:" ("picture from"); at a sentence's end they may be the sentence's words)
# (SPANISH_CREDIT: "Crédito: Radio Ejemplo" alone credits a picture; at a standfirst's end it is left to the sentence)
# (FILE_PHOTO_BEFORE_CREDIT: "File photo Image Credit: Twitter (@example)", the picture's label before its credit's;
# COURTESY_OF: "Photo courtesy of Example Exchange, Inc.", "(Courtesy of the family)")
CREDIT_ONLY = re.compile(
    # (SOURCE_OF_THE_PHOTO: "Источник фото: example.ru", "Джерело фото: ...", "Źródło zdjęcia: ...")
    # (SOURCE_WORD_BEFORE_FOTO: the same, in Romanian, Italian, Portuguese, Spanish, Turkish, Dutch: "Sursa foto: ...",
    # "Fonte foto: Ansa", "Fuente foto: Archivo", "Kaynak foto: ...")
    # (ILLUSTRATIVE_PHOTO: "Ілюстративне фото: з відкритих джерел", "Illustrative photo: Example", a stock picture's label)
    r"^[(\[]?\s*(?:file photo\s*[|:.,-]?\s*)?(?:(?:источник|джерело|źródło|zdroj|sursa|sursă|fonte|fuente|kaynak|bron"
    r"|ілюстративне|иллюстративное|illustrative)"
    # (PHOTO_SLASH_SOURCE: "(Photo/Example TV)", the slash as the colon)
    # (EDITORIAL_CREDIT: "Editorial credit: Jane Roe Photography / Shutterstock.com", a stock picture licensed for news)
    r"\s(?=фото|foto|zdjęcia|zdjęcie|zdjęć|photo))?(?:editorial\s(?=credit))?(?:(?:"
    + PHOTO_WORDS
    + r"|cr[ée]ditos?|imagen|imagem|immagine|afbeelding|fotoğraf|beeld|φωτ\.|ภาพจาก)"
    # (PHOTO_AND_VIDEO: the pictures' and the video's credit under one label, "Фото, видео: ...", "Photo and video: ...")
    # (PHOTO_VIA: "Photo via Jane Roe, Example.com", the picture's source after "via" as after "by")
    r"(?:\s?(?:,|and|и|e|y|und|et|&)\s?(?:video|видео|vídeo|wideo))?\s*(?::|by\b|via\b|-|–|/(?=\s?[A-Z]))"
    # (JAPANESE_PHOTO_CREDIT: "写真：ロイター", "写真=共同": the picture's word, a full-width colon or an equals sign)
    r"|写真\s*[:：=]"
    r"|(?:(?:file\s)?(?:photos?|images?|pictures?|video)\s)?courtesy\sof\b"
    # (COURTESY_WITHOUT_OF: "Image courtesy example.com", the picture's word before it)
    r"|(?:file\s)?(?:photos?|images?|pictures?|video)\scourtesy\b)\s*(?P<who>.{1,100}?)\s*[)\]]?\.?$",
    re.I,
)
# NAME_THEN_PHOTO: a picture credited by its owner's name before the word, alone on its line ("EXMPL photo", "Example
# Shimbun file photo"): an abbreviation or two to four capitalised words, then the word ends the line ("The council's
# photo" has no name; "Big picture", a sub-heading, one word and no photo).
NAME_THEN_PHOTO = re.compile(
    # (FILE_IMAGE: "EXTV file image", "Example Times file picture", the owner's archive picture)
    r"^(?:[A-Z]{2,}+|[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){1,3}) (?:(?:file )?(?:photo|photograph)|file (?:image|picture))$"
    r"|^[-–—]?\s?(?i:courtesy|submitted|contributed|file|staff) (?i:photo|photograph|image)$"  # (PHOTO_KIND: "— Courtesy Photo")
)
# PHOTOS_WITH_PERMISSION: the pictures' credit as a note, "Photos used with permission of The Example Times.", "Images
# reproduced by kind permission of Example" (its owner capitalised; "used with permission" in a sentence goes on).
PHOTOS_WITH_PERMISSION = re.compile(
    r"^(?i:photos?|images?|pictures?|photographs?) (?i:used|reproduced|published) (?i:with|by) (?i:the )?(?i:kind )?"
    r"(?i:permission) (?i:of|from) [A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,5}\.?$"
)
# SCREENSHOT_IN_BRACKETS: a still's credit in brackets, its source and the word ("(Example TV screenshot)", "(Screen grab:
# Example TV)", "(video still)").
SCREENSHOT_IN_BRACKETS = re.compile(
    r"^\s*\((?:(?:[A-Z][\w&.'’-]*\s){1,3}(?i:screenshot|screen ?grab|video still)|(?i:screenshot|screen ?grab|video still)"
    r"(?:\s?:\s?[^()]{2,40})?)\)\s*$"
)
# COURTESY_IN_BRACKETS: a picture's credit in brackets, what it shows between the word and "courtesy" ("(photo of planet
# courtesy of Example Observatory/NOAO)", "(other photos courtesy of AP)"); (COURTESY_ALONE_IN_BRACKETS: or the word
# alone before the owner, "(Courtesy Example County Zoo via Example Feed)")
COURTESY_IN_BRACKETS = re.compile(
    r"^\s*\((?:(?i:(?:other|more|all|top|main|lead|cover)\s)?(?i:photos?|images?|pictures?)(?:\s(?i:of)\s[^()]{1,40}?)?\s)?"
    r"(?i:courtesy)(?:\s(?i:of))?\s[^()]{2,60}\)\s*$"
)
# CREDIT_THEN_ITS_CAPTION: the picture's label and its owner's picture kind before the caption ("Photo: Example News File
# photo The mayor in 2018", "Photo: Contributed The team at the final"): the kind closes the credit, the caption follows
# ("Photo: Jane Roe" alone is CREDIT_ONLY's; "Photo essay: ..." has no colon after the label).
CREDIT_THEN_ITS_CAPTION = re.compile(
    r"^(?i:photo|image|picture)\s?: (?:[A-Z][\w.&'’-]*+ ){0,4}(?i:(?:file|courtesy|submitted|staff) (?:photo|image)|contributed"
    r"|submitted)\b ?[A-Z0-9]"
)
# CREDIT_WITHOUT_COLON: the label in capitals, or Bulgarian "Снимка" ("photo"), or Polish "fot." (POLISH_FOT), and one
# to three capitalised words, with no colon ("FOTO Profimedia", "Снимка Novinibg", "fot. Organizator"): a picture's
# credit alone on its line.
# (CREDIT_CAPITAL_ANY_SCRIPT: the name's capital may be any Latin or Cyrillic capital, "fot. Łukasz Roe"; a slash may
# join the agency and the photographer, "Fot. PAP/Jan Roe")
_CREDIT_CAPITAL = r"(?:(?![a-zа-яёß-ÿ])[^\W\d_])"
_CREDIT_WORDS = rf"{_CREDIT_CAPITAL}[\w.&'’-]*+(?:\s{_CREDIT_CAPITAL}[\w.&'’-]*+){{0,2}}"
CREDIT_WITHOUT_COLON = re.compile(
    rf"^(?:FOTO|PHOTO|FOTÓ|ФОТО|СНИМКА|Снимка|Снимки|IMAGE|BILD|[Ff]ot\.)\s(?P<who>{_CREDIT_WORDS}(?:/{_CREDIT_WORDS})?)$"
)
# (GLUED_CREDIT: the credit may be run onto the caption's full stop: "... close to inflation.Credit: Jane Doe"; or onto
# its last word or number, with no stop: "... ahead of the weekendCredit: AFP", "... on July 13Credit: Getty", its
# capital then showing where the caption ends)
CREDIT_TAIL = re.compile(
    # (SLASH_BEFORE_CREDIT: "..., 16 листопада 2025 року / Фото: Офіс президента", a slash as the bar)
    r"(?<!\s)(?:\s++[|\-–—/]\s*+|\s++|(?<=[.!?])(?-i:(?=[A-Z]))|(?<=[a-z0-9])(?-i:(?=[A-Z][a-z])))[(\[]?\s*"
    + PHOTO_WORDS
    + r"\s*(?::|by\b)\s*(?P<who>[^|]{1,80}?)\s{0,20}[)\]]?\.?$",
    re.I,
)
# Wire credits in capitals at the end of a caption: "REUTERS/Jane Doe", "(AP Photo/Jane Doe)", "AFP via Getty Images".
WIRE_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:REUTERS|AFP|EPA|AP|XINHUA|Xinhua|TASS|SPUTNIK|Sputnik|KCNA|ANADOLU|Getty Images|Reuters|Kremlin|Pool|POOL|"
    r"AP Photo|EPA-EFE|Imago|IMAGO)\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:/[A-Z][\w.'’ -]{0,30})?|"
    r"\bAFP via Getty Images|\bvia Getty Images|/Getty Images|"
    # (VIA_AGENCY_IN_BRACKETS: a picture an agency distributes for another, "(Kyodo News via AP)", "(Yonhap via AP)")
    r"\((?:[A-Z][\w.&'’-]*+\s){1,4}via (?:AP|AFP|Reuters|REUTERS|Getty Images|EPA)\)|"
    # (CREDIT_AFTER_PHOTO_CREDIT: a station's or reporter's credit in brackets after it, "(AP Photo/Jane Roe) (EX7's
    # John Doe)")
    r"[(\[](?:AP Photo|Xinhua|XINHUA|Reuters|REUTERS|AFP|EPA|TASS|Sputnik)\b[^)\]]*[)\]])(?:\s?\([^()]{1,40}\))?\s*[)\]]?\.?$|"
    # (CAPITALS_SLASH_AFTER_STOP: "Le Premier ministre Jane Roe. — ROE/EXAMPLE", the photographer and the agency in
    # capitals after the caption's last full stop and a dash)
    r"[.!?]\s*[-–—]\s*[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’-]++)?\s?/\s?[A-Z][A-Z'’-]++\s*$|"
    # (CAPITALS_CREDIT_AFTER_STOP: the photographer's full name and the paper, in capitals, after the caption's last
    # full stop and a space, "... finishing the half marathon. JANE ROE/HARBOUR DEMOCRAT AND CHRONICLE")
    r"[.!?][\"”’]?\s[A-Z][A-Z'’-]++(?:\s[A-Z][A-Z'’.-]++){1,3}\s?/\s?[A-Z][A-Z&'’.-]++(?:\s[A-Z][A-Z&'’.-]++){0,5}\s*$|"
    # "... in Moscow, Russia, March 20, 2023. - AP": a wire's name after the caption's last full stop
    r"[.!?]\s*[-–—]\s*(?:AP|AFP|Reuters|REUTERS|Xinhua|EPA|Bernama|TASS|Sputnik|Getty Images|Bloomberg|dpa|ANI|PTI)\s*$|"
    # AGENCY_IMAGE_SIGNOFF: any agency's initials with "Image" or "Photo" after the last full stop and a dash ("... some
    # delays. -EXA Image"): a picture's credit, where a paragraph's sign-off names the agency alone
    # (AGENCIES_PHOTO_AND_NAME: two agencies' initials and the photographer after it, "... on Wednesday. — EXA/EXS Photo
    # Jane Roe")
    r"[.!?]\s*[-–—]\s*[A-Z]{2,6}(?:/[A-Z]{2,6})?\s(?:Images?|Photos?|Pictures?)(?:\s[^\W\d_][\w.'’-]*+){0,3}\s*$|"
    # HANDOUT_AFTER_SLASH: a Brazilian caption's credit after a slash, "handout" or "reproduction" ("... em até 10 meses /
    # Divulgação", "/ Reprodução")
    r"\s/\s?(?:Divulgação|Divulgacao|Reprodução|Reproducao)\s*$|"
    # VIA_AGENCY_CREDIT: a picture's source "via" an agency, alone ("Example defence ministry via Reuters")
    r"^(?:[A-Za-z][\w.'’-]*+ ){1,5}via (?:Reuters|REUTERS|AP|AFP|EPA|Xinhua|TASS|Sputnik)$|"
    # FILE_PHOTO_TAIL: "File Photo", "NEWS PHOTO JANE ROE", "Staff photo by Jane Roe" after the caption's last full stop
    # and a dash ("... foreign investors.—File Photo"): a paragraph ends with its full stop
    r"[.!?][\"”’]?\s*[-–—]{1,2}\s*(?i:(?:file|staff|news|handout)\s)?(?i:photo|photograph|picture)"
    r"(?:\s(?i:by\s)?[A-Z][A-Za-z.'’-]*+(?:\s[A-Z][A-Za-z.'’-]*+){0,3})?\s*$|"
    # (MALAY_PICTURE_TAIL: "... peringkat Persekutuan. - Gambar fail", Malay "file picture", "Gambar hiasan", "illustration")
    r"[.!?][\"”’]?\s*[-–—]{1,2}\s*Gambar(?:\s(?:fail|hiasan|arkib))?\s*$|"
    # NAMED_PHOTO_BRACKETS: the picture's source and "photo" in brackets at the end ("(Example Trust of India photo)"),
    # or an organisation's photo service and the photographer ("(EX Photo/Jane Roe)")
    r"[(\[](?:[A-Z][\w.&'’-]*+ (?:(?:of|the|and|de) )?){1,5}(?i:photos?|pictures?|pic|images?|file (?:photo|image|picture))[)\]]\.?$|"
    r"[(\[](?:[A-Z][\w.&'’-]*+ ){1,3}(?i:photo) ?/ ?[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,3}[)\]]\.?$|"
    # PHOTO_WORD_LAST: the photographer and agency, then the word for a photo, in brackets ("(Jane Roe/ EXA nuotr.)",
    # Lithuanian; "(Jane Roe/foto)"), as other languages credit
    r"[(\[][A-Z][^()\[\]]{1,60}?[\s/](?:nuotr\.|nuotrauka|fot\.|foto|zdjęcie)[)\]]\.?$|"
    # AGENCY_SLASH_PHOTOGRAPHER: any agency's name in capitals, a slash and the photographer's full name, at the caption's
    # end ("(THE CANADIAN PRESS/Jane Roe)", "EFE/EPA/Jane Roe / POOL"): a sentence ends with no such credit
    # (a photo's word before the agency, "(Foto ANTARA/Jane Roe)", and the wire's sign-off after the credit, "... / POOL
    # (EFE)", go with it)
    r"(?<![\w/&.'’-])(?:(?:Foto|Photo|Fotó|Фото) )?[A-Z][A-Z&.'’-]++(?: [A-Z][A-Z&.'’-]++){0,2} ?/ ?(?:[A-Z][A-Z-]++ ?/ ?)*+"
    r"[A-Z][a-zà-ÿ'’-]++(?: [A-Z][a-zà-ÿ'’-]++){1,3}(?: ?/ ?[A-Z][\w ]{0,30})*+\s*[)\]]?(?: ?[(\[][A-Z]{2,8}[)\]])?\.?$|"
    # DOMAIN_SLASH_CREDIT: the site's address, a slash and the photographer or "courtesy" in brackets at the caption's end
    # ("... peresmian jembatan (example.com/istimewa)", "(example.co.id/Jane Roe)"); a sentence citing an address ends
    # with its full stop ("... on the council's site (example.org/results).")
    r"[(\[][a-z0-9-]++(?:\.[a-z0-9-]++)*?\.[a-z]{2,6} ?/ ?[A-Za-z][A-Za-z ]{1,30}[)\]]$|"  # (no full stop after it)
    # PHOTOGRAPHER_SLASH_AGENCY: the photographer's name, a slash and the agency, after the caption's last full stop or
    # a slash ("... le 22 mars. / ERIC CABANIS / AFP", "... en París. JAVIER SORIANO/AFP"), as French and Spanish papers
    # credit: a paragraph's sign-off names the agency alone
    r"(?:[.!?»”]\s*+/?|\s/)\s*+[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,4} ?/ ?(?:AFP|REUTERS|Reuters|AP|EPA|EFE|ANSA|DPA|dpa|"
    # (ARCHIVE_FILE_WORD: the agency's "file" after it, "... on Nov. 19, 2015. Jane Roe / AP file", a picture from its
    # archive)
    r"Getty Images|SIPA|Sipa|MAXPPP|Maxppp|Hans Lucas|Hans Lucas via AFP|POOL|Pool)(?: [Ff]ile)?\s*$|"
    # NAME_SLASH_AGENCY_BRACKETS: the photographer's full name, a slash and the agency in brackets ending the caption, as
    # British and Irish papers credit ("Journalists take notes as the minister delivers his Budget (Jane Roe/PA)")
    r"\s[(\[][A-Z][a-zà-ÿ'’-]++(?: [A-Z][a-zà-ÿ'’-]++){1,3} ?/ ?(?:[A-Z]{2,8}|Reuters|Getty Images|Shutterstock|Alamy)[)\]]$|"  # (no full stop after it)
    # FOT_TAIL: the Polish "photo" abbreviated and its source, ending the caption ("... wozem strażackim Fot. Policja",
    # "... fot. Jan Kowalski")
    r"(?<=\s)[Ff]ot\.\s?[A-ZĄĆĘŁŃÓŚŹŻ][\w.'’-]*+(?:\s[\w.'’-]++){0,3}\s*$|"
    # MAP_CREDIT: a place's picture credited to the map service it came from ("The courts where the incident occurred
    # Google Maps"; "... the route on Google Maps" names it as a place to look, after its preposition)
    r"(?<=[a-z])(?<!\bon)(?<!\bin)(?<!\bvia)(?<!\bfrom)(?<!\busing)(?<!\bwith)(?<!\bto)(?<!\bat)(?<!\bby)(?<!\bof)"
    r"\s(?:Google Maps|Google Street View|Google Earth|Apple Maps)\s*$"
)
CAPTION_TAIL_CHARS = 140
# Cheap substring tests that must pass before the caption regexes run (most lines are not captions).
# (Substring tests: a regex alternation with re.I is several times slower here.)
PHOTO_HINTS = (
    "photo",
    "image",
    "pic",
    "pix",
    "credit",
    "courtesy",
    "illustration",
    "graphic",
    "video",
    "foto",
    "fotó",
    "фото",
    "bild",
    "ảnh",
    "照片",
    "צילום",
    "צילומ",  # (the plural's medial mem: צילומים)
    "kuva",
    "снимк",
    "snímk",
    "nuotr",
    "zdjęc",
    "ფოტო",
    "φωτογρ",
    "fotograf",
    "slika",
    "світлин",
    "фота",
    "فوٹو",
    "تصویر",
)  # (PHOTO_WORDS' words)
WIRE_CREDIT_HINTS = (
    "/", "getty", "(ap photo", "(xinhua", "[xinhua", "(reuters", "(afp", "(epa", "[ap photo", "[reuters", "[afp", "[epa",
    "(tass", "[tass", "(sputnik", "[sputnik", " -", " –", " —", ".-", ".–", ".—", " photo)",
    " photos)", " picture)", " pic)", " image)", "nuotr.)", "foto)", "fot.)", "zdjęcie)", " fot.", " via ap)",
    " via afp)", " via reuters)", " google",
)  # fmt: skip


def _contains_any(text: str, parts: tuple[str, ...]) -> bool:
    for part in parts:
        if part in text:
            return True
    return False


CAPTION_LEAD = re.compile(
    r"^(?:file photo|file picture|file image|in this photo|in this picture|pictured)\s*[:\-–—]"
    # ABOVE_LEAD: "Above: Jane Roe, the harbour's director (EX Photo/John Doe)"; a capital after it (a caption's name)
    r"|^(?-i:Above|ABOVE|Top photo|Main photo|Main picture)\s*:\s*(?-i:[A-Z])"
    r"|^file (?:photo|picture|image) of\s"  # ("File photo of the mayor (R) ...")
    # (FILE_DASH: a wire's archive picture, "FILE - This May 10, 2007 file photo shows ...", "FILE – In this photo ...":
    # the word in capitals and a dash open the caption)
    r"|^(?-i:FILE)\s[-–—]\s"
    # (STOCK_IMAGE_OF: "Stock image of a police cordon at the scene", "Headshot of Jane Roe": what the picture shows)
    r"|^(?:stock|library|archive) (?:photo|picture|image) of\s|^(?-i:Headshot|HEADSHOT) of\s"
    # (ARTISTS_IMPRESSION: a drawing's caption, "Artist concept of the probe over a lava planet", "An artist's rendering
    # of the new wing")
    r"|^(?:an? )?(?:artist['’]?s?|artistic) (?:concept|impression|rendering|illustration|depiction|conception) of\s"
    # (PHOTO_OF_NAME: a picture's alternative text naming a person alone, "Photo of Dr. Jane Roe", "Portrait of John Doe")
    r"|^(?-i:Photo|Picture|Image|Portrait|Photograph) of (?:(?-i:Dr|Mr|Mrs|Ms|Prof)\.?\s)?"
    r"(?-i:[A-Z])[\w.'’-]*+(?:\s(?-i:[A-Z])[\w.'’-]*+){1,3}$"
    # IN_THE_PHOTO_LEAD: "in the (archive) photo" opening a caption, with its colon or dash ("На фото: ...", "Na zdjęciu -
    # ..."), or without it as the Slovak and Czech agencies write it ("Na archívnej snímke ministerka ...")
    r"|^(?:на фото|на снимке|на фотографии|на знімку|na zdjęciu|na fotografii)\s*[:\-–—]"
    r"|^(?-i:Na (?:archívnej )?snímke|Na (?:archivním )?snímku)\s"
    # LEFT_TO_RIGHT_LEAD: who stands where, opening a caption ("L-R: Jane Roe, ...", "(L-R) ...", "From left: ...",
    # "(Above left) ...", "Left to right: ..."); a sentence says "from left to right" inside, not as its opening label
    r"|^(?-i:L-R|L to R|Left to right|From left|From L)\s*[:,]\s|^\((?-i:L-R|L to R|[Aa]bove(?: left| right)?|[Ff]rom left|"
    r"[Bb]elow(?: left| right)?)\)\s",
    re.I,
)
# ARCHIVE_PICTURE_TAIL: the caption's last word, "archive picture", after its full stop ("... påverkansförsök.
# Arkivbild.", "... im Landtag. Archivbild", "Foto de archivo"): a paragraph ends on its own sentence
ARCHIVE_PICTURE_TAIL = re.compile(
    r"[.!?]\s(?:Arkivbild|Archivbild|Archivfoto|Arkivfoto|Arkistokuva|Genrebild|Illustrationsbild|Foto de archivo|"
    r"Foto d'archivio|Photo d'archives|Imagem de arquivo|Archiefbeeld|Archieffoto|Zdjęcie archiwalne|"
    # (FILE_PHOTO_LAST: "... on June 17 2023. File photo.", the English words)
    r"File photo|File picture|File image|Archive photo|Archive picture|Stock photo|Stock image|Handout photo)\.?$"
    # (FILE_IN_BRACKETS: "... a satellite paging system [File]", "(File photo)", an archive picture marked after the
    # caption, a space before the bracket: a sentence does not end so)
    r"|\s[(\[](?i:file|file photo|file picture|archive|archive photo|archivo|archivbild|arquivo)[)\]]\.?$"
    # (BRACKETED_PHOTO_WORD: the picture's credit in brackets without a colon, "... dans les Yvelines (photo Example
    # Gendarmerie)"; a name's capital after the word: "(photo below)" points at a picture)
    r"|\s\((?i:photo|foto|photos|fotos)\s++[A-ZÀ-Þ][^():]{1,60}\)\.?$"
)
# A caption names who stands where: "(R)", "(L)", "(C)", "(2nd L)", "(left)", "(front, centre)".
POSITION_MARKER = re.compile(
    r"\((?:\d(?:st|nd|rd|th)\s+)?(?:[LRC]|left|right|cent(?:er|re)|front|back|top|bottom|middle)(?:[,\s]+(?:[LRC]|left|right|"
    r"cent(?:er|re)|front|back|top|bottom|middle))*\)",
    re.I,
)
# Captions end with where and when the photo was taken: "... in Beijing on October 18, 2023." / "..., May 16, 2024."
CAPTION_DATE_END = re.compile(
    r"(?:\bon|,)\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\.?\s*$"
)
# AGENCY_PHOTO_DATE: the wires' caption gives the picture's place and day, weekday and year, inside the caption (more
# text may follow: "A light snow covers the streets of Harbour, Iowa, Tuesday, Feb. 14, 2012. The leader will ...");
# an article names the weekday alone ("on Tuesday")
CAPTION_WEEKDAY_DATE = re.compile(
    r",\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]{0,6}\.?\s\d{1,2},\s\d{4}\."
)
# THIS_PHOTO_TAKEN: the wires' caption-speak for the picture's date ("... at a hospital in Karachi in this photo taken on
# May 23, 2024. — Online", "... in this file picture taken March 4, 2019"), whatever the credit after it.
THIS_PHOTO_TAKEN = re.compile(
    r"\bin this (?:(?:file|undated|handout|recent|archive|combination) )*(?:photo(?:graph)?|picture|image) "
    r"(?:taken|dated|shot|released|provided)\b"
    # (THIS_PICTURE_SHOWS: "This picture taken on July 20, 2015 shows ...", the agency's caption opening)
    r"|^this (?:(?:file|undated|handout|archive|combination) )*(?:photo(?:graph)?|picture|image) taken (?:on|in) [^.]{4,40}? shows\b",
    re.I,
)
# Wire photo slugs are capitals joined by hyphens: TOPSHOT-CHINA-BRI-FORUM, RUSSIA-CHINA-DIPLOMACY/.
PHOTO_SLUG_LINE = re.compile(r"^[A-Z0-9]{2,}(?:-[A-Z0-9]+){2,}/?$|^[A-Z0-9]{2,}(?:-[A-Z0-9]+)+/$")

# REPRINT_APPEARED_FOREIGN: a reprint's note that the article first appeared elsewhere, in German, Dutch, French, Spanish
# and Italian ("Dieser Artikel erschien zuerst bei Example.", "Dit artikel verscheen eerder op Example.", "Cet article a
# été publié initialement sur ..."): the words before the source's name (SOURCE_LINE; archive.sources reads the name)
REPRINT_APPEARED_FOREIGN = (
    r"(?:dieser (?:artikel|beitrag) erschien (?:zuerst|ursprünglich) (?:bei|in|auf|im)|"
    r"dit artikel verscheen (?:eerder|eerst|oorspronkelijk) (?:in|op|bij)|"
    r"cet article a (?:été|d['’]abord été) publié (?:initialement |à l['’]origine |d['’]abord )?(?:sur|dans|par)|"
    r"este artículo (?:fue publicado|se publicó) (?:originalmente |primero )?(?:en|por)|"
    r"questo articolo è stato pubblicato (?:originariamente |originalmente |per la prima volta )?(?:su|da|in))"
)
SOURCE_LINE = re.compile(
    r"^[(\[]?\s*(?:source|sources|via|originally published (?:by|at|in))\s*:\s*[^.]{1,60}[)\]]?$"
    r"|^[(\[]\s*via\s+[^.()\[\]]{1,60}[)\]]$"  # BRACKETED_VIA: "[via Example Magazine]" under a reprint
    # REPRINT_SOURCE: "This article was originally published on Example News." (a reprint names its source so)
    r"|^(?:this (?:article|story|post) was )?originally published (?:on|by|at|in) (?-i:[A-Z])[^.]{1,60}\.?$"
    # (REPRINT_APPEARED: "This article originally appeared on Example Health News.", "This story first appeared in X")
    r"|^this (?:article|story|post|piece) (?:originally|first) appeared (?:on|in) (?-i:[A-Z])[^.]{1,60}\.?$"
    # (REPRINT_APPEARED_FOREIGN, below)
    rf"|^{REPRINT_APPEARED_FOREIGN} (?-i:[A-Z])[^.]{{1,60}}\.?$"
    # READ_THE_ORIGINAL: an aggregator's reprint ends with its source's link ("Read the original article on Example FM.")
    r"|^read the original (?:article|story|post) (?:on|at) (?-i:[A-Z]|[\w-]+\.[a-z]{2,})[^.]{0,60}(?:\.[a-z]{2,})?\.?$",
    re.I,
)
# REPUBLISHED_UNDER_LICENCE: "This article is republished from Example News under a Creative Commons license. Read the
# original article." (the reprint's notice, a long line; archive.sources reads its source's name, group "source")
REPUBLISHED_UNDER_LICENCE = re.compile(
    r"^this (?:article|story|piece|post) (?:is|was|has been) republished from (?P<source>(?-i:[A-Z])[^.]{0,60}) under an? "
    r"creative commons licen[cs]e\.?(?: read the original (?:article|story)\.?)?$",
    re.I,
)
# REPUBLISHED_WITH_PERMISSION: the bare note, "Republished with permission.", "Reprinted with permission from Example
# News." (its source capitalised, no comma: "... of the family, the mayor said" goes on as a sentence)
REPUBLISHED_WITH_PERMISSION = re.compile(
    r"^(?i:republished|reprinted|reproduced) (?i:with (?:the )?(?:kind )?permission)(?: (?i:of|from) [A-Z][^.,]{1,60})?\.?$"
)

# (BRACKETED_COPYRIGHT: the notice in square brackets, "[© 2018 Example Wire. All rights reserved.]", maybe cut short)
COPYRIGHT_LEAD = re.compile(r"^\[?(?:©|ⓒ|\(c\)\s|copyright\s*(?:©|ⓒ|\(c\)|\d{4}|:))", re.I)
# WIRE_NOTICE_PARTS: a wire's copyright notice wrapped over lines, its parts alone ("broadcast, rewritten or
# redistributed.") and its syndication line ("Example Wire is solely responsible for this content.")
WIRE_NOTICE_PARTS = re.compile(
    r"^(?:(?:published|displayed),?\s)?broadcast,\srewritten,?\s(?:or|and)\sredistributed\b"
    r"|\bis solely responsible for (?:this|the) content\b",
    re.I,
)
# "Copyright Example Gazette": the holder's capitalised name right after the word, on a short line.
COPYRIGHT_NAME = re.compile(r"^(?:Copyright|COPYRIGHT)\s+[A-Z0-9][^\s]*(?:\s+[A-Z0-9][^\s]*){0,5}\.?$")
# (SINGULAR_RIGHT: "All Right Reserved.", the notice as some footers misprint it)
ALL_RIGHTS_RESERVED = re.compile(
    r"\ball rights? reserved\b|\btous droits réservés\b|\bdo not reproduce without permission\b", re.I
)
# FOREIGN_RIGHTS_RESERVED: the same notice in other languages, with a © or alone on its line ("Riproduzione riservata ©",
# "Alle Rechte vorbehalten."): "La riproduzione riservata del porto ..." is a sentence.
RIGHTS_NOTICES = (
    r"(?:riproduzione riservata|(?:todos los )?derechos reservados|alle rechte vorbehalten|все права защищены|"
    r"tous droits réservés|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|"
    r"všechna práva vyhrazena|všetky práva vyhradené|alla rättigheter förbehållna|kaikki oikeudet pidätetään|"
    r"με επιφύλαξη παντός δικαιώματος|minden jog fenntartva|alle rechten voorbehouden|hak cipta dilindungi undang-undang|"
    r"bản quyền thuộc về|版权所有|版權所有|無断転載(?:・複製)?を禁じます|무단 ?전재(?: 및 |[-·, ]{1,3})(?:수집,? (?:및 )?)?재배포 ?(?:,? ?(?:및 )?AI ?학습 ?(?:및 )?(?:이용|활용) ?)?금지|جميع الحقوق محفوظة|کلیه حقوق محفوظ است|"
    r"सर्वाधिकार सुरक्षित|sva prava zadržana|сва права задржана|всички права запазени|tüm hakları saklıdır|"
    r"toate drepturile rezervate|усі права захищені|всі права захищені|visas tiesības aizsargātas|visos teisės saugomos|"
    r"kõik õigused kaitstud|vse pravice pridržane|sva prava pridržana|alle rettigheder forbeholdes|alle rettigheter reservert|"
    r"tots els drets reservats|כל הזכויות שמורות|สงวนลิขสิทธิ์|todos direitos reservados|derechos reservados|direitos reservados)"
)
# (KOREAN_COLLECTING_TOO: the Korean notice may forbid collecting and AI training as well: "무단전재 및 수집, 재배포 금지",
# "무단전재 및 재배포 및 AI학습 이용 금지", "무단 전재-재배포, AI 학습 및 활용 금지")
# (substrings one of which each notice holds: tested before the patterns, as most lines hold none)
RIGHTS_HINTS = (
    "reserv", "réserv", "riserv", "reproduce", "vorbehalten", "защищены", "zastrzeżone", "vyhrazena", "vyhradené",
    "förbehållna", "pidätetään", "δικαιώματος", "fenntartva", "voorbehouden", "dilindungi", "bản quyền", "版权", "版權",
    "無断転載", "무단전재", "무단 전재", "محفوظ", "सुरक्षित", "zadržana", "задржана", "запазени", "saklıdır", "rezervate", "захищені",
    "aizsargātas", "saugomos", "kaitstud", "pridržan", "forbeholdes", "שמורות", "สงวนลิขสิทธิ์",
)  # fmt: skip
# (the notice is searched for once; the © beside it or the line's other characters are checked around the match: a
# pattern trying the notices after each of a line's © signs was slow on a line of them)
FOREIGN_RIGHTS_RESERVED = re.compile(RIGHTS_NOTICES, re.I)
NOTICE_REACH = 60  # characters between the © and the notice
# NOTICE_ENDS_A_FOOTER: the notice ending a line after the holder's name and year, without a © ("EXAMPLE MEDIA HOUSE
# 2024 Visas tiesības aizsargātas."): a footer; more words before it make a sentence about rights.
MAX_WORDS_BEFORE_NOTICE = 6


# RIGHTS_RESERVED_BY: the notice naming its holder after "by" ("All rights reserved by Example Media.", "Todos los
# derechos reservados por Example Gazeta."): a footer, and the page's owner (archive.sources reads the holder).
# (RIGHTS_OF_WHAT_RESERVED_BY: with what the rights cover and a label before it: "LEGAL WARNING: All rights of the
# published news, photos and videos are reserved by Example Haber Ajansı")
RIGHTS_RESERVED_BY = re.compile(
    r"^(?:all rights? reserved|" + RIGHTS_NOTICES + r"|(?:legal (?:warning|notice)\s*:\s*)?all rights (?:of|to|on|in|for) "
    r"[^.]{1,80}? (?:are|is) reserved)\s+(?:by|to|por|par|da|von|de|от)\s+"
    # (RESERVED_TO_HOLDER_YEAR: "All rights reserved to Example Media Group 2021 ©", "to" and the year and sign after)
    r"(?P<holder>[^\W\d_][^.,;|]{1,60}?)(?:\s\d{4})?(?:\s?[©Ⓒⓒ])?\.?$",
    re.I,
)


# NOTICE_THEN_HOLDER: the notice opening a short line, then its holder's capitalised name and no "by" ("Derechos
# Reservados Example Medios", "All Rights Reserved Example Media 2024"): a footer, and the page's owner.
NOTICE_THEN_HOLDER = re.compile(
    r"^(?i:all rights? reserved|" + RIGHTS_NOTICES + r")[.:]?\s+(?:©\s*)?(?:" + r"(?:19|20)\d\d\s+)?"
    r"(?P<holder>[A-Z0-9][\w.&'’-]*+(?:\s[A-Z][\w.&'’-]*+){0,4})(?:\s(?:19|20)\d\d)?"
    # (PLACE_AFTER_THE_HOLDER: "Derechos Reservados © 2023 Example Deportivo, Honduras Centro América.": where it is)
    r"(?:,\s[A-Z][^,.|]{1,40})?\.?$"
)


def foreign_rights_reserved(text: str) -> bool:
    """FOREIGN_RIGHTS_RESERVED: the notice alone on its line (with digits and marks), or with a © within NOTICE_REACH."""
    notice = FOREIGN_RIGHTS_RESERVED.search(text)
    if notice is None:
        return False
    if NOTICE_THEN_HOLDER.match(text):
        return True
    before, after = text[: notice.start()], text[notice.end() :]
    alone = not any(ch.isalpha() for ch in before + after)
    ends_a_footer = not any(ch.isalpha() for ch in after) and len(before.split()) <= MAX_WORDS_BEFORE_NOTICE
    return alone or ends_a_footer or "©" in before[-NOTICE_REACH - 1 :] or "©" in after[: NOTICE_REACH + 1]


READING_TIME_LINE = re.compile(
    # (READ_TIME_SECONDS: "Read Time:55 Second", a short piece's time in seconds after the label)
    r"^(?:estimated\s+)?(?:reading|read)\s+time\s*:?\s*\d{1,3}\s*(?:seconds?|secs?)$|"
    # (READING_TIME_LABELS: "Estimated read time: 2-3 minutes", "Temps de lecture : < 1 minute", "Lesezeit: 3 Minuten")
    r"^(?:(?:estimated\s+)?(?:reading|read)\s+time\s*:?\s*|(?:temps\s+de\s+lecture|durée\s+de\s+lecture|tiempo\s+(?:estimado\s+)?de\s+lectura|tempo\s+de\s+leitura|"
    # (SLAVIC_AND_TURKISH_LABELS: "Czas czytania: 3 min", "Время чтения: 3 минуты", "Okuma süresi: 3 dakika")
    r"tempo\s+di\s+lettura|temps\s+de\s+lectura|lesezeit|lesedauer|leestijd|lukuaika|lästid|læsetid|czas\s+czytania|"
    r"время\s+чтения|час\s+читання|doba\s+čtení|okuma\s+süresi)\s*:?\s*)?"
    # (ABOUT_THE_TIME: "Lesedauer: ca. 2.5 Min.", "Temps de lecture: ≃2 min.", an estimate marked so, halves too)
    r"(?:(?:ca\.|approx\.|about|environ|etwa|~|≃|≈)\s?)?(?:\d+(?:[.,]5)?|<\s?(?:a|1)|less than (?:a|1))\s*(?:-\s*\d+\s*)?"
    r"(?:min|mins|minutes?|minutos?|minuten|minuti|minuts?|минут[ауы]?|мин|хвилин[иу]?|хв|dakika|dk)"
    # (READING_TIME_SECONDS: "Temps de lecture : 1 min 8 s", the seconds after the minutes)
    r"(?:\s+\d{1,2}\s*(?:s|sec|secs|seconds?|secondes?|segundos?|sekunden|secondi))?"
    # (SLAVIC_READING_TIME: "3хв на читання", "5 мин на чтение", "4 min czytania")
    r"\.?(?:\s+(?:read|reading|listen|de lectura|lesezeit|di lettura|на читання|на чтение|чтения|czytania|čtení|"
    # (READING_TIME_AFTER: "1 min. leestijd", "3 min lästid", the Dutch, Nordic and Finnish label after the time)
    r"leestijd|lästid|læsetid|lesetid|lukuaika|de leitura|de lecture))?$"
    # (POLISH_FEW_MINUTES: "Czyta się kilka minut", it reads in a few minutes)
    r"|^czyta się (?:kilka|\d{1,2}) minut\W*$"
    # (APPROXIMATE_READING_TIME: "~ 1 minutes read", "≈ 3 min read")
    r"|^[~≈]\s?\d{1,3}\s?(?:min|mins|minutes?)\.?\s(?:read|reading)$"
    # (WORD_COUNT: the article's length in words alone on its line, "311 palabras", "650 words", "420 mots")
    r"|^\d{2,5}\s(?:words|palabras|palavras|mots|parole|wörter|woorden|слов|слів)$",
    re.I,
)
# The label and the runs of spaces are taken once ((?>...), *+): "updated" and 100 KB of spaces was cubic.
# (FOREIGN_TIME_LABEL: the label in Spanish, Portuguese, Italian, German and French too, "Actualizado: 02:04")
TIME_ONLY = re.compile(
    r"^(?>(?:updated|published|posted|last updated|actualizad[oa]|atualizad[oa]|publicad[oa]|aggiornat[oa]|pubblicat[oa]|"
    r"aktualisiert|veröffentlicht|mis à jour|publié)\s*:?\s*)?(?:"
    r"(?:about\s+|over\s+|almost\s+)?(?:an?|\d+)\s*(?:sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)"
    r"\s+ago|just now|yesterday|today|(?:yesterday|today)\s*+,?\s*+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*+(?:[ap]\.?m\.?)?\s*+(?:[A-Z]{2,4}|GMT[+\-]\d{1,2}|UTC[+\-]\d{1,2})?"
    # (TIME_RANGE: an event's start and end, "2:00 pm - 3:30 pm EST", "10.00-12.00")
    r"|\d{1,2}[:.]\d{2}\s*+(?:[ap]\.?m\.?)?\s*+(?:[A-Z]{2,4}\s)?\s*[-–—]\s*\d{1,2}[:.]\d{2}\s*+(?:[ap]\.?m\.?)?\s*+(?:[A-Z]{2,4})?)$",
    re.I,
)
# Anchored, with the first trigger word taken once ((?>...)): one scan of the line, where "cookie" repeated would
# otherwise scan the rest of the line again from each of its occurrences.
COOKIE_LINE = re.compile(
    r"^(?>.*?\bcookies?\b).*\b(?:accept|consent|we use|this site uses|this website uses|browsing experience|cookie policy|agree)\b|"
    r"^(?>.*?\b(?:we use|we also use|this site uses|this website uses)\b).*\bcookies?\b|"
    # (COOKIES_ON_THIS_SITE: "Some cookies on this site are essential ..."; A_COOKIE_SET: the banner's own cookie, "(One
    # cookie will be set to store your preference)", "Ticking this sets a cookie to hide this popup")
    r"^(?>.*?\bcookies?\b) (?:on|of|used by) (?:this|our) (?:site|website) (?:are|is|help|allow|may|will)\b|"
    r"\bcookies? (?:will be|is|are) set (?:to|when|on|in|by)\b|\bsets? an? cookie to\b|"
    # (COOKIES_TO_USE_THE_SITE: the wall asking to allow them, "Sie müssen Cookies erlauben, um unseren Dienst nutzen zu
    # können.", "You must allow cookies to use our service")
    r"\bsie müssen cookies (?:erlauben|zulassen|akzeptieren|aktivieren)\b|\byou (?:must|need to) (?:allow|enable|accept) cookies\b|"
    # CONSENT_CATEGORY: a consent manager's panel says what each kind of cookie does ("Functional cookies help perform
    # ...", "Advertisement cookies are used to ...", "The cookies that are categorized as "Necessary" are stored ...")
    r"^(?:the )?(?:necessary|essential|functional|analytics?|analytical|performance|advertisement|advertising|marketing|"
    r"targeting|preferences?|statistics|uncategori[sz]ed) cookies (?:are|help|allow|collect|do|may|enable)\b|"
    r"^the cookies that are categori[sz]ed as\b|"
    # (AGREE_BEFORE_COOKIES: "By using our website, you agree to our use of cookies."; "Cookies help us improve your
    # website experience.")
    r"^(?>.*?\b(?:agree|consent)\b).*\buse of cookies\b|^cookies help us\b",
    re.I,
)
SOCIAL_PROMO_LINE = re.compile(
    r"^(?:sign up (?:for|to)|subscribe (?:to|for|now)|follow us\b|follow [^ ]+ on (?:twitter|facebook|instagram|telegram|x)\b|"
    # (FOLLOW_ON_SOCIAL_MEDIA: "Follow Example.org social media accounts")
    r"follow [^ ]+ (?:social media accounts|on social media)\b|"
    # (FOLLOW_ME: the writer's own call under the text, "(Follow me on Twitter @janeroe)")
    r"\(?follow me on (?:twitter|x|instagram|facebook|threads|bluesky|linkedin)\b|"
    r"join (?:us|our) (?:on|whatsapp|telegram)|download (?:our|the) app|get (?:the|our) app|get more stories|"
    r"click here to (?:join|subscribe|follow|download)|like us on|stay updated|never miss|"
    r"get (?:the latest|breaking) news|get our newsletter|for more news|to get the latest|"
    # (MESSAGING_GROUP_PROMO: the site's news groups on WhatsApp or Telegram in Portuguese and Spanish, "Receba Notícias no
    # seu WhatsApp!", "Participe dos Grupos da Example", "Únete a nuestro canal de WhatsApp")
    r"(?:receba|recibe|reciba|participe|entre|únete|unete|sigue|siga)\b[^.!?\n]{0,60}?\b(?:whatsapp|telegram)\b|"
    r"grupos? (?:de|do|no) (?:whatsapp|telegram)\b|participe dos grupos\b|"
    # (INBOX_PITCH: "Receive captivating stories direct to your inbox that ...")
    # (... "Would you like to have the day's news stories delivered right to your inbox every evening?")
    r"would you like to (?:have|receive|get) [^.!?\n]{0,60}?\b(?:to|in|into) your inbox\b|"
    r"(?:receive|get|have) [^.!?\n]{0,60}?\b(?:direct(?:ly)?|straight|delivered(?: right| directly| straight)?) "
    r"(?:to|into) your inbox|"
    r"catch all the (?:[\w-]+,? ){1,12}(?:news|updates) on |"  # ("Catch all the Business News ... on Example")
    r"get latest (?:[\w-]+ ){1,4}news along with|contact us at \S+@|"
    r"free (?:email|e-mail) (?:subscription|newsletter)|join [\d,.]++\+? (?:other )?(?:readers|subscribers)|"
    # DOWNLOAD_APP in other languages ("Muat turun aplikasi Example. Klik di sini!", "Unduh aplikasi ...")
    # (APP_BY_NAME: "Download Example 6 News App", the app named between)
    # (GRAB_THE_APP: "Grab the FREE Example News App from the Apple Store", the verb of a station's promo)
    r"(?:download|grab) (?:the )?(?:[\w&'’-]+ ){1,4}app\b|"
    r"muat turun aplikasi|unduh aplikasi|descarga (?:la|nuestra) app|baixe (?:o|nosso) app|téléchargez (?:l'|notre )application|"
    # (DOWNLOAD_APP_MORE: Portuguese, Italian, German, Polish, Russian, Ukrainian, Turkish, Dutch, Swedish, Finnish)
    r"descarregue a nossa app|baixe o nosso aplicativo|scarica (?:la nostra |l'|la )?app\b|laden sie (?:unsere|die) app|"
    r"pobierz (?:naszą )?aplikację|скачайте (?:наше )?приложение|завантажте (?:наш )?(?:додаток|застосунок)|"
    r"uygulamamızı indirin|download onze app|ladda ner (?:vår )?app|lataa (?:\w+ )?sovellus|"
    # (GERMAN_GET_THE_APP: "Hol' dir die Example-NEXT-App!", "Lade dir die Example-App herunter": the app by its name)
    r"(?:hol['’]?|lade) dir die (?:[\w&'’-]+ ){0,3}[\w&'’-]*app\b)|"
    r"\b(?:is|are) now on (?:telegram|whatsapp|google news|instagram)\b|\bwe are (?:now )?on (?:telegram|whatsapp|google news)\b|"
    # JOIN_CHANNEL: "Join the Example Digital Telegram channel HERE."; REGISTER_FOR_NEWSLETTERS: "Register on Example at no
    # cost to receive newsletters, ..."
    r"\bjoin (?:the |our )?(?:[\w-]+ ){0,4}(?:telegram|whatsapp) channel\b|"
    # (JOIN_CHANNEL_FOREIGN: the same in Malay, Indonesian, Spanish, Portuguese, French: "Sertai saluran WhatsApp Example")
    r"^(?:sertai|langgani|gabung(?:lah)? (?:ke |di )?) ?(?:saluran|kanal|grup) (?:whatsapp|telegram)\b|"  # (langgani: "subscribe to")
    # (FOLLOW_NUMBERED_MALAY: a numbered call to join the site's group or follow it, "1) Sertai Group Whatsapp Example
    # (klik) dan;", "2) Ikuti Example di Facebook, Twitter, Instagram serta TikTok!")
    r"^(?:\d[).]\s?)?(?:sertai|gabung) (?:group|grup|kumpulan) (?:whatsapp|telegram)\b|"
    r"^(?:\d[).]\s?)?ikuti [^.!?]{1,60}? di (?:facebook|twitter|x|instagram|tiktok|telegram|whatsapp|youtube)\b|"
    r"^(?:únete|unete|entra|participe|rejoignez)\b[^.!?]{0,30}\b(?:canal|grupo|chaîne) (?:de )?(?:whatsapp|telegram)\b|"
    r"^register (?:on|with|for) (?:\S+ ){1,3}(?:at no cost|for free) to receive\b|"
    r"\bfollow us on\b|\bfollow\b[^.!?]{0,60}?\bon google news\b|"
    # (FOLLOW_NAMED_ON_PLATFORMS: "Follow Example East on Facebook, external, Twitter, external, and Instagram, external.",
    # the site's own accounts, each link marked "external")
    r"^follow (?:[A-Z][\w&'’-]*+ ){1,6}on (?:facebook|twitter|instagram|x|tiktok|youtube)\b[^.!?]{0,80}\bexternal\b|"
    # SOCIAL_HANDLES: a platform's name, a colon and the site's handles ("Twitter : @example, @exampleTV")
    r"(?:twitter|x|facebook|instagram|telegram|tiktok|youtube|threads)\s*:\s*@[\w.]+(?:\s*,\s*@[\w.]+)*\s*$|"
    # SOCIAL_ACCOUNT: a platform's name, a colon and the site's account named on it ("Facebook : Example Gazette",
    # "Whatsapp Channel : Example Gazette"): a line of a list of the site's accounts
    r"^(?:facebook|twitter|x|instagram|youtube|tiktok|threads|telegram|whatsapp|spotify|linkedin|pinterest|snapchat)"
    r"(?: channel)? : [^\W\d_][\w.&'’ -]{0,40}$|"
    # (TELEGRAM_CHANNEL_LINK: "Telegram Channel : t.me/example")
    r"^telegram(?: channel| kanal| канал)?\s*:\s*(?:https?://)?t\.me/[\w+]+\s*$|"
    # INBOX_CALL: the newsletter's promise in other languages ("Recibe en tu buzón las mejores historias de la semana")
    r"recibe en tu (?:buzón|correo|email|e-mail)|receba (?:no|em) seu (?:e-mail|email)|recevez (?:dans votre|chaque)|"
    # (SIGN_UP_AND_RECEIVE: "Cadastre-se e receba grátis as principais notícias do Example.", "Receba por email.")
    r"^(?:cadastre-se|inscreva-se|registe-se) e receba\b|^receba (?:por|via) e-?mail\b|"
    r"get (?:the best|our top|the top)[^.!?]{0,40} (?:in|to) your inbox|"
    # (SUBSCRIBE_AFTER_A_QUESTION: "Want all of The Times? Subscribe.", the question and the call alone; FOLLOW_BY_THE_LOGO:
    # "... subscribe to our content by clicking 'follow' next to our logo"; JOIN_THE_CONVERSATION: "To join the
    # conversation, and become an exclusive member of Example, create an account today!")
    r"^[^.!?]{3,60}\?\s?(?:subscribe|sign up|join us|join now)(?: (?:now|today|here))?\W*$|"
    r"^[^.!?]{0,120}?\bby clicking [‘'\"“]?follow[’'\"”]? next to our logo\b|"
    # (ON_THE_PLATFORM_CALL: "The Example is on Instagram! Tap the button below on your phone to follow us!"; LISTEN_ON_AIR:
    # a station's call after its slogan, "Listen on FM, via our app or on smart speakers.")
    r"^[^.!?]{1,40} is (?:now )?on (?:instagram|tiktok|telegram|whatsapp|facebook|x|twitter|youtube|threads)!|"
    r"^listen (?:live )?(?:on|via) (?:fm|am|dab\+?|our app|the app|smart speakers?)\b[^.!?]{0,80}[.!]?$|"
    r"^to join the conversation\b[^.!?]{0,80}?\b(?:create an account|sign in|log in|register|subscribe)\b|"
    # (DELIVERED_EVERY_MORNING: "Get top local stories in Harbour delivered to you every morning."; SUBSCRIBE_TODAY_AT_THE
    # END: "Catch up on the latest news and stories on the Example 12 YouTube channel. Subscribe today."; PODCAST_CALL:
    # "Download recent arts stories or subscribe to the Example Arts Podcast")
    r"^get (?:the )?(?:top|latest|local|breaking|best)\b[^.!?]{0,60}? delivered to you(?:r inbox)? (?:every|each|daily)\b|"
    r"^catch up on the latest\b[^.!?]{0,80}\. subscribe (?:today|now)\W*$|"
    # (SUBSCRIBE_AFTER_A_PROMISE: "For the most complete local coverage, subscribe today."; SEE_THE_LATEST: "See latest
    # videos, charts and news", a widget's link; TRENDING_ON_THE_SITE: "Trending on Example", a list's label)
    r"^for (?:the )?(?:most|best|latest|all|more|complete|full)\b[^.!?]{0,60}, subscribe(?: (?:today|now|here))?\W*$|"
    r"^see (?:the )?latest (?:videos?|news|photos|stories|charts|headlines)\b[^.!?]{0,40}$|"
    # (POLISH_LIKE_US: "Polub nas na Facebooku!", "Obserwuj nas na X"; EMAIL_A_FRIEND: "Share Email this article to a
    # friend To send a link to this page you must be logged in.")
    r"^(?:polub|obserwuj|śledź) nas na (?:facebooku|fb|instagramie|x|twitterze|youtube|tiktoku)\b|"
    r"^(?:share )?e-?mail this (?:article|story|page|post) to a friend\b|"
    # (NEWS_FASTER: "Get the news faster."; DEDICATED_PAGE: "For more coronavirus news, visit our dedicated page.";
    # WHATS_CLICKING: "... top headlines are here. Check out what's clicking on Example.com.")
    r"^get (?:the )?(?:news|updates|alerts|headlines|stories) (?:faster|first|sooner)\W*$|"
    r"^for more [\w -]{0,30}? (?:news|coverage|updates),? visit our (?:dedicated|special|live)? ?(?:page|hub|section)\b|"
    r"\bcheck out what['’]s clicking (?:on|at)\b|"
    r"^trending (?:on|at) [^\W\d_][\w.&'’-]*(?: [^\W\d_][\w.&'’-]*){0,3}$|"
    r"[^.!?]{0,60}?\bsubscribe to (?:the |our )?(?:[\w&'’-]+ ){1,4}podcast\W*$|"
    # MORE_NEWS_ON_THE_SITE and ARABIC_FOLLOW_OR_QUOTE (archive.sources, which reads the site's name in them): "Більше
    # новин на Example.ua", "Читати на сайт ...", "Ander nieuws van Example", "تابعوا Example على", "لا مانع من الاقتباس
    # ... ذكر المصدر (Example)"
    r"(?:більше новин на|бльше новин на|читати на сайті?|читать на сайте|больше новостей на|ander nieuws van)\s\S+(?:\s\S+){0,4}$|"
    # DZEN_PROMO: "Go to Dzen", "follow our news in a convenient format" (Yandex's news feed)
    r"перейти в дзен\b|следите за нашими новостями\b|^в удобном формате$|"
    # OUR_NEWS_ON_THE_PLATFORM: "Наші новини є у Facebook", "Наши новости есть в Telegram" (the site's page there)
    r"^(?:наші новини|наши новости)(?: (?:є|есть|тепер|теперь))? (?:у|в|на) (?:facebook|telegram|telegram-каналі|viber|"
    r"instagram|youtube|twitter|x|tiktok|whatsapp|дзен|вконтакте|фейсбуці|телеграмі|телеграме)\b|"
    # SEND_US_YOUR_NEWS: the site asks for its readers' news, by mail or phone ("To share information or for submission, send
    # e-mail to info@example.com", "Envie sua matéria (67) 99266-0000", "Envíanos tu denuncia")
    r"^(?:to share information|for submissions?|to submit (?:a story|news|information))[^.!?]{0,40}?\bsend (?:an )?e-?mail to \S+@|"
    r"^(?:envie|mande) (?:sua|seu|a sua|o seu) (?:matéria|notícia|denúncia|sugestão de pauta|sugestão|flagrante|foto|vídeo)\b|"
    r"^(?:envíanos|envianos|envía|envia|mándanos|mandanos) (?:tu|su) (?:noticia|denuncia|información|foto|video)\b|"
    # MEMBERSHIP_CALL: "Consider joining Example Update. Membership gives full access ..."; DIGITAL_ACCESS_SALE: "This week,
    # save 90% on digital access."
    r"^consider (?:joining|becoming a (?:member|subscriber) of|subscribing to)\b|"
    r"^(?:this week, |today, |now )?save \d{1,2}% on (?:digital|unlimited|all-access|premium) (?:access|subscriptions?)\b|"
    r"(?:تابعوا|تابعوا موقع)\s\S+(?:\s\S+){0,3}?\s(?:على|عبر)$|لا مانع من الاقتباس\b",
    re.I,
)
# AD_SPACE: an empty advertising slot's offer ("Votre publicité ici avec Example", "Your ad here", "Advertise here").
AD_SPACE = re.compile(
    r"^(?:your ad here|advertise here|votre publicité ici|tu publicidad aquí|su publicidad aquí|ihre werbung hier|"
    r"la tua pubblicità qui|sua publicidade aqui|anuncie aqui)\b",
    re.I,
)


def ad_space(text: str, key: str) -> bool:
    return bool(AD_SPACE.match(text))


# "Tags: a, b", "Topic | US-China relations" (a colon or a bar after the label)
FOREIGN_TAG_WORDS = (
    r"ključne\s+reči|ključne\s+riječi|ključne\s+besede|klíčová\s+slova|kľúčové\s+slová|štítky|tagy|schlagwörter|schlagworte|stichwörter|"
    r"palabras\s+clave|etiquetas|mots-clés|mots\s+clés|parole\s+chiave|palavras-chave|słowa\s+kluczowe|tagi|"
    r"ключевые\s+слова|ключові\s+слова|теги|теґи|ключови\s+думи|етикети|etiketler|anahtar\s+kelimeler|címkék|kulcsszavak|"
    r"avainsanat|nyckelord|stikkord|nøgleord|emneord|cuvinte\s+cheie|etichete|từ\s+khóa|kata\s+kunci|raktažodžiai|"
    r"atslēgvārdi|märksõnad|λέξεις-κλειδιά|ετικέτες|برچسب‌ها|برچسب ها|کلیدواژه‌ها|الكلمات\s+المفتاحية|كلمات\s+دلالية|الوسوم|टैग|ট্যাগ|תגיות|"
    r"trefwoorden|tags|keywords|"
    # ("Topics:" in Czech, Slovak, Spanish and Portuguese; "Filed in:" in Spanish)
    r"témata|témy|temas|tópicos|escrito\s+en|archivado\s+en|"
    # ("Topic:" in German and Dutch, "category" in the Romance and Slavic languages: "Thema: Förderung", "Categoria:")
    r"thema|themen|categoria|categoría|catégorie|kategorie|kategoria|rubrik|rubrica|rubrique"
)
TAG_LEAD = re.compile(
    # (CATEGORY_PLURAL_IN_BRACKETS: a theme's "Category(s): Uncategorized")
    r"^(?:tags?|tagged(?: with)?|topics?|keywords?|filed under|categories|category|category\(s\)|related topics|labels|posted in|"
    r"published in sections?|temas relacionados|assuntos relacionados|sujets liés|argomenti correlati)\s*[:|]|"
    # (ENTRY_POSTED_IN: a blog theme's footer, "This entry was posted in News and tagged Example, Harbour. Bookmark the
    # permalink.")
    r"^This entry was (?:posted|filed) (?:in|under) \S.{0,300}?(?: and tagged \S| Bookmark the permalink)|"
    # (GLUED_SPORTS_TAGS: a sports site's tag fields, the label glued to its value, "Teams:New Jersey Devils",
    # "Players:Jane Roe"; with a space after the colon, a fact box's field)
    r"^(?:teams?|players?|leagues?|athletes?)\s?:(?=[^\W\d_])|"
    # "Story topics:", "Key Topics in this News Article:" (the label alone, its tags on the lines below)
    r"^(?:story|key|article|more) (?:tags|topics)(?: in this (?:news )?(?:article|story))?\s*:$|"
    # the same label in Chinese, Japanese and Korean ("關鍵詞:", "标签：", "キーワード：", "태그:")
    r"^(?:关键词|關鍵詞|关键字|關鍵字|标签|標籤|キーワード|タグ|태그|키워드)\s*[:：]|"
    # (TOPIC_LINKS_LABEL: "进入专题: 中美外交   特朗普   冷战", "enter the topic": the page's topics, each a link)
    r"^(?:进入专题|進入專題|相关专题|相關專題)\s*[:：]|"
    # ... and a Chinese site's "related hot words" and "special topic" links ("相关热词搜索: ...", "专题: ...")
    r"^(?:相关热词搜索|相關熱詞搜索|相关热词|热词|专题|專題)\s*[:：]|"
    # (POSTED_IN_TAGGED: a blog theme's "Posted in <category> | Tagged <tags>", the tags perhaps emptied to commas)
    r"^posted in [^|]{1,80}\| tagged\b|"
    # (PUBLISHED_IN_SECTION: a theme's "Published in News", a section's name alone after it; "Published in Nature", a
    # journal, and a print edition's note with its date are no section)
    r"^(?:published|posted|filed) in (?:news|local news|sports?|business|opinion|politics|local|world|uncategori[sz]ed|blog|"
    r"general|features|entertainment|lifestyle|community|events|news digest|digest|briefs|news briefs|"
    # (the sections of any news site's front page)
    r"health|science|technology|tech|culture|arts|education|environment|weather|crime|national|international|economy|"
    r"travel|food|featured|top stories|latest news)\s*$|"
    # FOREIGN_TAG_LABELS: "keywords" and "tags" in the languages of the archive's sources, with a colon or alone on the
    # line ("Ključne reči", "Schlagwörter:", "Palabras clave", "Ключевые слова")
    rf"^(?:{FOREIGN_TAG_WORDS})\s*(?:[:|]|$)",
    re.I,
)
# "17", "1.2k", "1142" (four digits that are no year from 1500 on), "3 of 12", "3 / 12" (FOREIGN_POSITION_OF: "1 av 5",
# "3 z 12", "2 из 7", "1 de 5", a gallery's position in Nordic, Polish, Russian, Romance), and counts side by side ("560
# 0": views and comments); a year, a month and a day between single spaces are a date line ("2024 08 22",
# archive.dates' SPACED_ISO), no counts
# (LONG_NUMBER_ALONE: five to twelve digits alone, a count, an item's number or a clock's stamp, "25605", "1687455062")
COUNTER_LINE = re.compile(
    r"^(?:\d{1,3}(?:[.,]\d)?[kKmM]?|(?!(?:1[5-9]|20)\d\d$)\d{4}|\d{5,12}|\d+\s*(?:of|/)\s*\d+|\d{1,3} (?:av|af|von|van|de|di|sur|z|od|из|з) \d{1,3}|(?!\d{4} (?:0[1-9]|1[0-2]) (?:[012]\d|3[01])$)\d{1,6}(?:\s++\d{1,6}){1,3}|\d{1,3} pages? in this (?:article|story))$",
    re.I,
)

# (GLUED_URL: one token with an address run into it, "trendingNowenglish1938074https://example.com/story_1938074.html",
# a widget's link with its label and id glued on: no word of text stands apart)
URL_ONLY = re.compile(
    r"^(?:\S*?https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|ru|cn|uk|in|pk|ph|co|io|tv|me|eu|de|fr|"
    r"za|ng|ke|au|ca|us|asia|site|online|xyz|press)(?:/\S*)?)$",
    re.I,
)
# (IMAGE_PATH_CUT: an image server's path cut short, "/fit-in/500x375/filters:format(webp)/medias/.../photo_2026",
# one token of five slashes or more with the server's resize or format step in it; its address's bracket may close it)
IMAGE_FILE_LINE = re.compile(
    r"^\S+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)\)?$"
    # (IMAGE_ADDRESS_QUERY: the file's name with its resizing query, or only its tail, ".jpeg?width=752&height=500)")
    r"|^[^\s?]*\.(?i:jpe?g|png|gif|webp|avif)\?[\w=&:%.,;-]*+\)?$"
    # SPACED_IMAGE_FILE: a picture's file name with spaces in it, as a camera or an editor saved it ("es house fire.PNG",
    # "Council meeting 2.jpg", "Fire Truck Struck on Route 9 1.JPG"): up to eight words, no sentence's mark before the
    # extension
    r"|^[^\s.,;:!?]++(?: [^\s.,;:!?]++){1,7}\.(?:jpe?g|png|gif|webp)$"
    r"|^(?=\S*(?:fit-in|filters:|/\d{2,4}x\d{2,4}/))(?:[^\s/]*/){5,}\S*$"
    # a messaging app's default name for a picture ("WhatsApp Image 2022 03 25 at 18.25.14")
    # (MEDIA_ID_ALONE: a picture's or an embed's id left alone on its line, "Fdl399RXoAAzJN4" under an embedded post:
    # one token of 12 to 40 letters and digits with two pairs of capitals, three small letters and two digits at least;
    # a name in camel case, "HarbourClinic2024", sets no two capitals side by side)
    r"|(?-i:^(?=[A-Za-z0-9_-]{12,40}$)(?=.*?[A-Z]{2}.*?[A-Z]{2})(?=(?:[^a-z]*+[a-z]){3})(?=(?:\D*+\d){2}))"
    # (DATED_PICTURE_NAME: a picture's file name as an agency or a paper names it, the day run together, its subject in
    # small letters and the agency's code: "20240703N xi putin REU")
    r"|(?-i:^(?:19|20)\d{6}[A-Z]?(?: [a-z]{2,20}){1,6}(?: [A-Z]{2,5})?$)"
    # (IMAGE_PLACEHOLDER: a publishing system's marker left where a picture goes, "##IMAGE-2282473##"; BOX_PLACEHOLDER:
    # or a box, its name in capitals alone between the marks, "##RECOMENDA##")
    r"|^##(?:IMAGE|IMG|PHOTO|FOTO|VIDEO|GALLERY|EMBED)-?\d{1,12}##$|^##(?-i:[A-Z_]{3,20})##$"
    r"|^WhatsApp (?:Image|Video) \d{4}[ -]\d{2}[ -]\d{2} at \d{1,2}[.:]\d{2}[.:]\d{2}(?: \(\d+\))?$"
    # (SCREENSHOT_FILE_NAME: a screen capture's file name, "Screen shot 2014-02-17 at 8.54.52 PM")
    r"|^(?i:screen ?shot) \d{4}-\d{2}-\d{2} at \d{1,2}[.:]\d{2}[.:]\d{2}(?: ?[AaPp][Mm])?(?: \(\d+\))?$"
    # STOCK_PHOTO_NUMBER: a picture library's name and its picture's number ("Shutterstock 135556811", "iStock-1234567")
    r"|^(?:shutterstock|istock(?:photo)?|adobe ?stock|alamy|dreamstime|depositphotos|123rf|getty ?images)[ _:#-]{0,3}\d{5,12}$",
    re.I,
)
# IMAGE_SLUG: an image's or a widget's name left without its extension: one token of parts joined by hyphens or
# underscores, all lower case ("news-picture", "hero_image"; four parts or more are an address, URL_SLUG), or a camera's or a screenshot's numbered name
# ("Snimok-ekrana-202", "IMG_0042", "DSC01234"). Kept: a capitalised compound ("Follow-up", "Rhône-Alpes": a heading or a
# place), a designation of two parts ("S-400", "COVID-19", "G-20") and anything under eight characters ("e-mail").
IMAGE_SLUG_LINE = re.compile(
    r"^(?=\S{8,60}$)(?:[a-z]+(?:[-_][a-z]+){1,2}|[A-Za-z]+[-_][A-Za-z]+[-_]\d+|[A-Za-z]+_\d{3,}|[A-Z]{2,5}\d{4,}"
    # (CAMERA_FILE_NUMBER: a camera's own name for a picture, four letters or figures and a four-figure count,
    # "9F8A4751", "_MG_1234")
    r"|(?=[0-9A-Z_]*[A-Z])[0-9A-Z_]{4}\d{4}"
    # (CAMERA_NAME_AT_THE_END: the camera's name for the picture after the photographer's name and the day, joined by
    # hyphens and underscores, "Jane-Roe-Example_20230722_IMG_4753")
    r"|[\w-]*_(?:IMG|DSC|DSCF|DSCN|PXL|MG)_\d{3,6})$"
)
PAYWALL_LINE = re.compile(
    # (BLOX_PAYWALL: a newspaper platform's notices, "Your current subscription does not provide access to this
    # content.", "Thank you for reading! We hope that you continue to enjoy our free content.")
    r"^(?:your current subscription does not (?:provide|include|give you) access\b|get an all access pass\b|"
    # (PRINT_EDITION_POINTER: "The complete story is in the Tuesday, Feb. 28, 2017 Example News.", the web page's
    # excerpt pointing at the printed paper)
    r"(?:the|read the) (?:complete|full) (?:story|article) (?:is|appears|can be found) in (?:the|today['’]s|this week['’]s) "
    r"(?:(?:print|printed|weekend|latest) )?(?:edition|issue|paper|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"(?:or )?subscribe with your google account\b|"
    # (FRENCH_PAYWALL: "...pour lire la suite, rejoignez notre communauté d'abonnés", "et accédez à l'intégralité de nos
    # articles ...")
    r"(?:\.{3}|…)?\s?pour lire la suite\b|(?:et )?accédez à l['’]intégralité de nos articles\b|"
    r"thank you for reading[.!]? we hope (?:that )?you (?:continue to )?enjoy our free content\b|"
    r"please consider (?:subscribing|donating|supporting)|consider (?:subscribing|supporting us)|start your .{0,40}(?:free )?trial|subscribe to (?:continue|read)|already a (?:subscriber|member)|"
    r"this (?:article|story|content) is (?:for|available to|only available to|exclusive to) (?:subscribers|members|premium)|"
    r"to continue reading|to read the full (?:article|story)|become a (?:member|subscriber)|unlock (?:this|full) (?:article|story)|"
    # (PROFILE_TO_CONTINUE: a registration wall, "Complete your profile to continue reading and get FREE access to ...")
    r"complete your (?:free )?(?:profile|registration) to (?:continue|keep) reading|"
    # (PENDING_REGISTRATION: the login box's notice, "This account is pending registration confirmation. Please click ...")
    r"this account is pending (?:registration |email )?confirmation\b|"
    # (UNLOCK_ACCESS: a login wall's pitch, "Unlock access to every one of the hundreds of articles published daily ...")
    r"unlock (?:access to|unlimited access to) (?:every|all|unlimited)\b|"
    # (REGISTRATION_PITCH: a registration wall's pitch, "Registration is a free and easy way to support our ...
    # journalism", "By registering, you will also enjoy limited access to Premium articles ...")
    r"registration is a free and easy way to support\b|by registering,? you will (?:also )?(?:enjoy|get)\b|"
    r"sign in to (?:read|continue)|log in to (?:read|continue)|you have reached your (?:free )?(?:article )?limit|"
    r"you have (?:exhausted|used up|used all) your (?:free )?(?:article|story|monthly) ?(?:limit|articles|stories)?|"
    r"you have (?:read|viewed) (?:all )?your (?:\d+ )?free (?:articles?|stories)\b|"  # ("... free articles this month")
    r"this is a premium (?:article|story)|please support (?:quality|independent) journalism|support our (?:reporting|journalism)\W*$|"
    r"if you(?:'|’)re already a (?:subscriber|member)|"
    # (TRIAL_AND_LOGIN_WALLS: "Keep reading with a free trial", "PLEASE LOG IN FOR PREMIUM CONTENT.", "Enjoy access to
    # all articles and 25 years of archives ...", "Subscribe and get your first month of online and app access for free")
    r"keep reading with a (?:free )?trial\b|(?:please )?log in for premium content\b|enjoy (?:unlimited )?access to all (?:our )?articles\b|"
    r"subscribe and get your first (?:month|year)\b|"
    r"cancel (?:anytime|at any time)\b|"
    # (ALREADY_SUBSCRIBED: the login offer to subscribers in Spanish, Dutch, Polish and Russian, "¿Ya eres suscriptor?
    # Inicia sesión", "Al abonnee? Log in", "Masz już subskrypcję? Zaloguj się", "Уже подписаны? Войти")
    r"¿?ya eres suscriptor\b|al abonnee\?|masz już (?:subskrypcję|prenumeratę)\b|уже подписаны\?|"
    # (FOREIGN_SUBSCRIBERS_ONLY: "Cet article est réservé aux abonnés", "Questo articolo è riservato agli abbonati",
    # "exclusivo para assinantes", "alleen beschikbaar voor abonnees", "доступна только подписчикам", "nur für Abonnenten")
    r"(?:cet article|ce contenu) est réservé aux abonnés|(?:questo articolo|questo contenuto) è riservato agli abbonati|"
    r"(?:este conteúdo|este artigo|esta matéria) é exclusiv[oa] para assinantes|"
    r"(?:dit artikel|deze inhoud) is alleen (?:beschikbaar )?voor abonnees|"
    r"(?:ten artykuł|ta treść) jest dostępn[ya] (?:tylko )?dla (?:subskrybentów|prenumeratorów)|"
    r"(?:эта статья|этот материал) доступ(?:на|ен) только (?:для )?подписчик\w*|bu (?:içerik|haber|makale) yalnızca abonelere|"
    r"(?:dieser artikel|dieser inhalt|dieser beitrag) ist nur für abonnenten|"
    # FOREIGN_PAYWALL: the same in German, French, Spanish, Italian and Portuguese ("Mit einem Abo weiterlesen",
    # "Jederzeit kündbar", "Abonnez-vous pour lire la suite", "Suscríbete para seguir leyendo")
    r"mit (?:einem|dem|ihrem) (?:abo|abonnement) (?:weiterlesen|lesen)|jederzeit kündbar|(?:und |jetzt )?vorteile sichern\W*$|zugriff auf alle\b.{0,30}\binhalte|"
    r"(?:abonnez-vous )?pour lire la suite\W*$|résiliable à tout moment|sans engagement$|"
    # ... and a metered page's count and call ("Sie sehen 13% der insgesamt 3189 Zeichen des Artikels", "Jetzt einfach
    # anmelden und 5 Artikel pro Monat kostenlos lesen!", Danish "For at kunne læse denne artikel, kræver det ...")
    r"sie sehen \d{1,3} ?% der\b|jetzt (?:einfach )?(?:anmelden|registrieren) und\b|for at (?:kunne )?læse (?:denne|hele) artikel|"
    r"(?:suscríbete |suscribete )?para (?:seguir|continuar) leyendo\W*$|cancela cuando quieras|"
    r"(?:abbonati )?per continuare a leggere\W*$|disdici quando vuoi|(?:assine )?para continuar lendo\W*$|cancele quando quiser|"
    # PAYWALL_METER: the count of free articles left, the last one, the login offer, in the same languages ("You have 1
    # free article left", "Te queda 1 artículo gratuito", "Already have an account?", "Si ya tenés una cuenta")
    r"already have an account(?:\W*$|\W+(?:log|sign))|you have \d+ free (?:articles?|stories) left|this is your last free (?:article|story)|"
    r"register (?:now )?to (?:read|access) \d+ free|our journalism depends on (?:you|readers)\W*$|"
    r"contenido (?:exclusivo|no disponible)\b.{0,30}\bsuscrip|exclusivo para (?:suscriptores|suscripción)|"
    r"(?:este contenido|esta (?:nota|funcionalidad|sección)|este artículo) es exclusiv[oa] para suscriptores|"
    r"(?:inicia sesión\s*)?necesitas ser suscriptor|actualiz[aá] tu suscripción|para acceder a todos los contenidos (?:del sitio|de manera ilimitada|de forma ilimitada|sin límites?)|si ya (?:tenés|tienes) (?:una )?cuenta(?:\W*$|\W+(?:ingres|inici|entr|acced))|"
    r"te quedan? \d+ artículos? gratuitos?|(?:este es )?tu último artículo gratuito|"
    r"nuestro periodismo depende de (?:vos|ti|usted|ustedes)\W*$|(?:o )?reg[ií]str(?:ate|ese) para acceder|"
    r"(?:llegaste|has llegado) al límite de (?:artículos|notas)|para seguir leyendo,? (?:ingres|inici|suscr|reg)|"
    r"(?:se )?já é assinante|já tem (?:uma )?conta(?:\W*$|\W+(?:entr|fa[çc]a|acess))|você atingiu o limite|conteúdo exclusivo para assinantes|"
    r"(?:artigo|conteúdo) exclusivo para (?:os )?(?:nossos )?assinantes|tenha acesso ilimitado a todos os conteúdos|"
    r"déjà abonné|vous avez atteint (?:la limite|le nombre)|(?:article|contenu) réservé aux abonnés|il vous reste \d+ articles?|"
    r"il vous reste \d+ ?% de (?:l['’]|cet )article à lire|vous devez bénéficier d['’]un abonnement|"
    # (FRENCH_PREVIEW_READ: "Vous avez lu gratuitement une partie de l'article, pour lire la suite :", "La suite est
    # réservée aux abonnés.")
    r"vous avez lu (?:gratuitement )?une partie de (?:l['’]|cet )article|(?:la suite|la lecture) (?:de cet article )?est réservée aux abonnés|"
    r"para continuar lendo,? assine|"
    r"(?:sie sind )?(?:bereits|schon) abonnent|(?:dieser )?artikel ist (?:nur )?für abonnenten|exklusiv für abonnenten|"
    # (GERMAN_TRIAL_OFFER: "4 Wochen gratis testen", "0,99 € testen", "Wenn Sie ein Abo haben, loggen Sie sich ein:")
    r"^(?:\d+ wochen |\d+(?:,\d\d)? ?€ )?(?:gratis |kostenlos )?testen\W*$|wenn sie (?:bereits )?ein abo(?:nnement)? haben|"
    r"bitte aktivieren sie cookies,? um sich einloggen zu können|"
    r"sei già abbonato|hai già un account(?:\W*$|\W+acced)|(?:contenuto|articolo) riservato agli abbonati|hai raggiunto il limite|"
    # (the same in Czech and Polish: "Tento článek je uzamčen", "Masz aktywną subskrypcję?")
    r"tento článek je uzamčen|článek mohou odemknout|masz aktywną subskrypcję|zaloguj się lub wypróbuj|subskrybuj i bądź na bieżąco|"
    # CATALAN_PAYWALL: "Ja ets subscriptor?", "Fes-te subscriptor per només 48€", "Aquest és el primer article gratuït"
    r"ja ets subscriptor|fes-te (?:subscriptor|soci)|aquest és el (?:primer|segon|darrer|últim) article gratuït|"
    r"compra un passi per\b|"
    # NORDIC_BALTIC_PAYWALL: the same in Norwegian, Danish, Swedish, Finnish and Estonian ("Bli abonnent – få full digital
    # tilgang!", "Du må logge inn for å lese artikkelen", "Redan prenumerant?", "Oletko jo tilaaja?", "Kogu artiklit saab
    # lugeda ... digilehest", "Telli digileht"), and the offer's terms ("Inga bindingstid", "Automatisk fornying")
    r"bli(?:v)? (?:abonnent|prenumerant)\b|(?:allerede|redan) (?:abonnent|prenumerant)\b|"
    r"du må (?:logge inn|logga inn|være abonnent) for å lese|logga in för att läsa|log ind for at læse|"
    r"(?:ingen|inga|inge) bindingstid|automatisk (?:fornying|fornyelse|förnyelse)\b|"
    r"oletko jo tilaaja|kirjaudu sisään (?:lukeaksesi|ja lue)|kogu artiklit saab lugeda|telli (?:paberleht|digileht)|"
    r"oled juba (?:portaali )?(?:kasutaja|tellija)|jetzt weiterlesen mit\W*$|"
    # PRINT_EDITION_REST: the rest of the story is in the printed paper ("Leia a notícia completa na edição em papel",
    # "[Notícia completa na edição impressa do Example]", "(全文は朝刊または携帯サイトで)", "Den ganzen Artikel lesen Sie in
    # der gedruckten Ausgabe"), or a metered page's hidden share ("89% des Artikels sind noch verdeckt.")
    r"\W{0,2}(?:leia a )?(?:notícia|matéria|reportagem) completa na edição (?:em papel|impressa)|"
    r"\W{0,2}(?:lea la )?noticia completa en (?:la )?edición impresa|"
    # (the same in Italian: "L'articolo completo nell'edizione del Example di oggi.")
    r"\W{0,2}l['’]articolo completo (?:nell['’]edizione|nella edizione|sull['’]edizione|in edicola)\b|"
    r"\W{0,2}全文は(?:朝刊|夕刊|本紙|紙面)|"
    r"\d{1,3} ?% des artikels (?:sind|ist) noch verdeckt|den (?:ganzen|vollständigen) artikel lesen sie in (?:der|unserer) (?:gedruckten|print)"
    r")",
    re.I,
)
# SUBSCRIPTION_OFFER: a subscription's price per period with an offer's word, on a short line ("Web & Mobile Abo (0,99 €
# im ersten Monat, danach 6,99 € pro Monat)", "$1 for the first month, then $9.99/month"): the site selling itself.
# (NORDIC_OFFER: crowns, "Kun 5 kr for 5 veker!", "Deretter frå 159 kr/månad": the price, its weeks or month, "only" or
# "then")
OFFER_PRICE = re.compile(r"(?:[€$£]\s?\d{1,4}(?:[.,]\d{2})?|\d{1,4}(?:[.,]\d{2})?\s?(?:€|\$|£|eur\b|euro\b|usd\b|kr\b|,-))", re.I)
OFFER_PERIOD = re.compile(
    r"(?:per|a|/|pro|im|je|par|al|в)\s?(?:month|mo\b|monat|mois|mes|месяц|måned|månad|mnd\b|mån\b)|\bmtl\.|\bmonthly\b|"
    r"\bmonatlich\b|\bmensuel|\bfor \d{1,2} (?:veker|uker|uger|veckor)\b|"
    # (FIRST_MONTH_OFFER: "le 1er mois", "första månaden", "den første måned": the first month's price)
    r"\ble 1er mois\b|\bförsta månaden\b|\bden første måned\b|\bden første måneden\b",
    re.I,
)
OFFER_WORDS = re.compile(
    r"\b(?:abo|abonnement|subscribe|subscription|subscriber|trial|first month|ersten monat|danach|then|cancel|kündbar|"
    r"premium|suscripción|suscríbete|подписка|statt|anstatt|au lieu de|en lugar de|kun|bare|endast|deretter|derefter|"
    r"därefter|sans engagement|ingen bindningstid)\b",
    re.I,
)
MAX_OFFER_WORDS = 15
OFFER_SENTENCE_WORDS = 10  # an offer is a few words; a sentence this long that ends is the article's


def subscription_offer(text: str, key: str) -> bool:
    if spaced_words(text) > MAX_OFFER_WORDS or not OFFER_PRICE.search(text):
        return False
    if set(WORD.findall(text.lower())) & SPEECH_WORDS or (spaced_words(text) >= OFFER_SENTENCE_WORDS and ends_sentence(text)):
        return False  # a report of a price ("The subscription will cost $9.99 a month, the company said.")
    return bool(OFFER_PERIOD.search(text) and OFFER_WORDS.search(text))


DISCLAIMER_LINE = re.compile(
    r"^(?:disclaimer\s*:|(?:the )?(?:views|opinions)(?: and opinions)? (?:expressed )?(?:herein |here |above |in this (?:article|column|piece) )?(?:are|do not|don[’']t) "
    r".{0,80}(?:necessarily reflect|own|those of)|"
    # the label in other languages (a colon after it: "Disclaimer" in a sentence is not the label)
    r"(?:免责声明|免責聲明|haftungsausschluss|aviso legal|descargo de responsabilidad|отказ от ответственности)\s*[:：]|"
    r"[【\[]\s*(?:免责声明|免責聲明)\s*[】\]]|"  # (BRACKETED_DISCLAIMER_LABEL: "【免责声明】...", the label in brackets)
    # a page's notice about itself: kept for the record ("This is an archived article and the information ... may be
    # outdated"), written by a machine ("This is AI-generated summarization, which may have errors"), or the comments
    # under it ("Comments are posted from readers like you and do not always reflect the views of this station")
    r"this is an? archived (?:article|story|page)\b|this (?:summary )?(?:is |was )?(?:an? )?ai[- ]generated\b|"
    # (MARKET_EMBARGO: a syndicated story's notice to the stations that share it, "Please note: This content carries a
    # strict local market embargo.")
    r"(?:please note:? )?this content carries a strict local market embargo\b|"
    # (STALE_NOTICE: "This news post is over 8 years old", "This article is more than 5 years old")
    r"this (?:news )?(?:post|article|story|page) is (?:over|more than) (?:\d{1,2}|a|one|two|three|four|five) years? old\b|"
    # (PUBLISHED_AGO_NOTICE: "This was published 11 years ago", the archive's banner over an old story)
    r"this (?:was|article was|story was|page was) published (?:over |more than )?(?:\d{1,2}|a|one|two|three) years? ago\W*$|"
    r"this (?:article|summary|story) was (?:created|generated|written|produced) (?:by|with|using) (?:ai|artificial intelligence)\b|"
    r"please report any (?:errors|mistakes) so (?:we|that we) can (?:fix|correct) them|"
    # (LANGUAGE_SWITCH: "This text available in ...", the page's other languages)
    r"this (?:text|article|story|page|news) (?:is )?(?:also )?available in\b|"
    # (NO_ENDORSEMENT_NOTICE: a monitoring site's note on the copy it reprints, "The following information is published as
    # Open Sources, it does not constitute any endorsement from Example.")
    r"(?:the following|this) (?:information|article|text|content|material)\b[^.]{0,80}\b(?:does|do) not constitute (?:any |an )?endorsement\b|"
    r"comments (?:are|posted) .{0,60}(?:do not|don[’']t) (?:always |necessarily )?reflect|"
    # a site's note on its own standards or on copy it did not edit ("Our Standards: The Example Trust Principles", "Why
    # you can trust Example", "(This story has not been edited by Example staff and is auto-generated from a syndicated
    # feed.)")
    r"our standards\s*:|why you can trust (?-i:[A-Z])|"
    # a browser's notice that scripts are off ("JavaScript is disabled in your web browser or browser is too old ...")
    r"javascript (?:is|seems to be) (?:disabled|turned off|not enabled) in your (?:web )?browser\b|"
    # CITE_THIS_PAGE: how to cite the page, its headline quoted ("Citation: <headline> (2011, October 3) retrieved 29
    # March 2024 from https://..."), and the reuse notice under it ("This document is subject to copyright. ...")
    r"citation\s*:.{1,300}\bretrieved\b|this document is subject to copyright\b|"
    r"\(?(?:except for the headline, )?this (?:story|article|report) has not been edited by .{1,60} "
    r"(?:auto-generated|published) from an? (?:syndicated|agency|wire) feed|"
    r"\(?only the headline(?: and picture)? of this report may have been reworked by|"
    # (the same note in other words: "(This is an unedited and auto-generated story from Syndicated News feed, ...)",
    # "This report is auto-generated from Syndicated News feed. Example holds no responsibility for its content.")
    r"\(?this is an unedited and auto-generated (?:story|article|report) from (?:the )?syndicated (?:news )?feed|"
    r"this (?:report|story|article) is auto-generated from (?:the )?syndicated (?:news )?feed|"
    # ... its age or print edition ("This article is more than 1 year old", "A version of this article appears in print
    # on ..."), its pitch ("Example is committed to challenging conventional wisdom ...", "In a time of both
    # misinformation and too much information, quality journalism is more crucial than ever.")
    r"this article is more than \d+ (?:years?|months?|days?) old$|a version of this (?:article|story) appear(?:s|ed) in print on|"
    # OLD_ARTICLE_NOTICE in the Nordic languages, German and Dutch ("Denna nyhet är äldre än 6 månader och är kanske inte
    # aktuell längre.", "Dieser Artikel ist älter als ein Jahr.", "Dit artikel is ouder dan een jaar.")
    r"(?:denna|den här|denne|dette|dieser|dit)\s+(?:nyhet|artikel|artikkel|artikkelen|nyheten|sak|saken|beitrag|bericht)\s+"
    r"(?:är|er|ist|is)\s+(?:äldre|eldre|ældre|älter|ouder|mer enn|mere end)\b|"
    r"\S+ is committed to challenging conventional wisdom|in a time of both misinformation and too much information)",
    re.I,
)
# DONATION_APPEAL: a reader asked to fund the outlet ("Your support helps us to tell the story", "Your donation allows us
# to keep reporters on the ground"): the reader addressed as "your", the outlet as "us".
DONATION_APPEAL = re.compile(
    r"^(?:your (?:support|donation|contribution|gift)s? (?:helps|allows|enables|makes|keeps|means)\b.{0,80}\b(?:us|our)\b|"
    r"your (?:support|donation|contribution) makes (?:all )?the difference|"
    # "We need your help now", "Support from readers like you keeps Example News open", "Make a contribution", "Donate now"
    r"we need your (?:help|support)(?: now| today)?\W*$|support from readers like you|"
    r"make a (?:one-off |monthly |small |sustaining |tax-deductible )?(?:contribution|donation|gift)\b|donate (?:now|today)\W*$)",
    re.I,
)
# ... and its phrases anywhere on a short line ("If you've seen value in our reporting, please contribute what you can,
# so we can continue ...", "You are visiting us because we have something you value.")
DONATION_PHRASE = re.compile(
    r"\b(?:contribute what you can|readers like you (?:keep|make|help)|we have something you value|"
    # ("Non-commercial, fact based reporting is made possible by your financial support. Make your donation to X today.")
    r"(?:reporting|journalism) is made possible by your (?:financial )?support|make your donation to|"
    # (NONPROFIT_RELIES_ON_YOU: "As a nonprofit, we rely on your donations to keep operating", "If you value our work,
    # please donate", "Support Example by becoming our patron! Your help keeps us thriving.")
    r"as an? (?:non-?profit|nonprofit newsroom|independent (?:site|newsroom|outlet)),? we (?:rely|depend) on\b|"
    r"if you value (?:our|this) (?:work|journalism|reporting|site)\b|by becoming (?:our|a) (?:patron|member|supporter)\b|"
    r"your help keeps us\b|"
    # (NO_PAYWALL_APPEAL: "Example prides ourselves on bringing local journalism to the public without a paywall — ever.",
    # "Our journalism is free for you to read. But it's not free to produce.")
    r"\bwithout a paywall\b|\bit['’]s not free to (?:produce|make)\b|"
    # (FOREIGN_DONATION_CALL: "Soutenez une presse indépendante par un don défiscalisé !", "Jetzt spenden", "Fai una
    # donazione", "Haz una donación", "Faça uma doação")
    r"soutenez (?:une presse|le journalisme|l['’]information|notre (?:rédaction|journal|média))\b|par un don\b|faites un don\b|"
    r"jetzt spenden\b|fai una donazione\b|haz una donación\b|faça uma doação\b|"
    r"invites you to (?:participate|take part) in (?:an?|our) (?:audience|reader|listener) survey)\b",  # (and its survey)
    re.I,
)

# Language switchers print the languages' own names ("English English Español Español", "Deutsch | Français").
LANGUAGE_NAMES = _words("""
    english
    español
    espanol
    français
    francais
    deutsch
    italiano
    português
    portugues
    nederlands
    polski
    türkçe
    русский
    українська
    中文
    简体中文
    繁體中文
    日本語
    한국어
    العربية
    فارسی
    हिन्दी
    bahasa indonesia
    bahasa melayu
    tiếng việt
    ไทย
""")
# Language switchers that print codes: "ua en ru", "EN | DE | FR" (only as a run of two or more).
LANGUAGE_CODES = frozenset(
    "en de fr es it pt ru ua uk zh cn ja jp ko kr ar fa hi tr pl nl sv no da fi cs sk hu ro bg el he id ms vi th "
    "eng kz kk be az uz ky hy ka lt lv et sr hr sl mk sq".split()
)

# The longest label, in words, that the label-run segmentation tries (a bound that keeps it linear).
MAX_LABEL_WORDS = max(len(label.split()) for label in NAV_LABELS | SECTION_LABELS | LANGUAGE_NAMES)
# Every label a menu row may be made of.
RUN_LABELS = NAV_LABELS | SECTION_LABELS | LANGUAGE_NAMES
# A run of labels is a menu row, not a sub-heading, from this many labels ("Skip to navigation Skip to content").
MIN_LABEL_RUN = 2
# ... and it is short: a line of more words is not one row of menu items.
MAX_LABEL_RUN_WORDS = 12

# Video and podcast players print their controls and their vendor's name as text.
VIDEO_LABELS = _words("""
    wideo
    getting your trinity audio player ready
    video player is loading
    この記事の動画はこちらから再生できます
    media playback is not supported on this device
    media playback is unsupported on your device
    this video is no longer available
    this video is not available
    your browser does not support the video tag
    your browser does not support html5 video
    watch the video above
    watch the video below
    now playing
    up next
    autoplay
    replay
    replay video
    unmute
    close ad
    close video ad
    toggle ad audio on off
    unmute toggle ad audio on off
    unmutetoggle ad audio on off
    fullscreen
    full screen
    exit fullscreen
    picture in picture
    playback rate
    chapters
    descriptions
    captions
    captions off
    subtitles
    subtitles settings
    subtitles off
    captions settings
    beginning of dialog window
    end of dialog window
    stream type live
    seek to live currently behind live
    live
    cc
    hd
    play
    pause
    media error
    listen to this podcast
    listen to the podcast
    subscribe to the podcast
    subscribe to our podcast
    listen on apple podcasts
    listen on spotify
    available on apple podcasts
    apple podcasts
    google podcasts
    spotify
    soundcloud
    wochit
    storyful
    veuer
    newsy
    vidible
    jw player
    brightcove
    anvato
    ooyala
    connatix
    space to play or pause m to mute left and right arrows to seek up and down arrows for volume
    video by wochit
    video by storyful
""")
# Vendors whose name under a video marks the line above it as the video's title.
VIDEO_VENDORS = frozenset("wochit storyful veuer newsy vidible connatix anvato".split())
# A player's clock: "Current Time 0:00", "Duration 2:57", "Remaining Time -2:57", "Loaded: 0%", "Progress: 0%", "0:00 / 2:57".
VIDEO_CLOCK = re.compile(  # *+: the spaces around the colon taken once (linear on any line, issue 16)
    r"^(?:current time|duration(?: time)?|remaining time|loaded|progress)\s*+:?\s*+(?:-?\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}(?:\.\d+)?\s*%)$"
    # ... and its position over its length alone ("0:00 / 2:57", PLAYER_POSITION)
    r"|^\d{1,2}:\d{2}(?::\d{2})?+ / \d{1,2}:\d{2}(?::\d{2})?+$"
    # (PLAYER_AT_ZERO: the same without the slash before it plays, "0:00 0:00", "00:00 03:12": two times of day side by
    # side, "09:00 17:00", are a timetable's)
    r"|^0?0:00 (?:\d{1,2}:)?\d{1,2}:\d{2}$",
    re.I,
)
# A video's length in front of its title: "2:57 FREE TO WATCH: ...", "1:04 Watch: ...", "3:12 Video: ...".
VIDEO_LEAD = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+(?:free to watch|watch|video|play|highlights|now playing|replay)\b", re.I)
# A video's title directly above its vendor's name is short (a headline, not a paragraph).
MAX_VIDEO_TITLE_WORDS = 20

# A widget that failed to load leaves its error text ("Oops! Something went wrong.", "Please try again later.").
WIDGET_ERROR_LINE = re.compile(
    r"^(?:oops |sorry |uh oh |whoops |we re sorry |error )?(?:something went wrong|an error (?:has )?occurred|"
    # (GALLERY_PLUGIN_ERROR: "Error, group does not exist! Check your syntax! (ID: 20)", a gallery's shortcode left broken)
    r"(?:gallery|group|album|image) does not exist check your syntax|"
    r"there was (?:an error|a problem)|(?:unable|failed) to load|error loading|could not load|"
    # (WIDGET_DATA_ERROR: "Unable to get weather data from example.com", a widget's feed that failed)
    r"(?:unable|failed) to (?:get|retrieve|fetch) (?:the )?(?:\w+ )?data\b|"
    r"this content (?:is not|isn t) available|content unavailable|please try again|please enable javascript|"
    r"javascript is (?:disabled|required)|this feature is (?:currently |temporarily )?unavailable|"
    # FOREIGN_WIDGET_ERROR: "something went wrong" and "try again later" in other languages ("Er is iets mis gegaan.",
    # "Etwas ist schiefgelaufen", "Algo salió mal", "Что-то пошло не так")
    r"er is iets (?:mis ?gegaan|fout ?gegaan)|etwas ist schief ?gelaufen|ein fehler ist aufgetreten|une erreur (?:s est produite|est survenue)|"
    r"algo (?:salió|deu) (?:mal|errado)|(?:ha )?ocurrido un error|ocorreu um erro|qualcosa è andato storto|si è verificato un errore|"
    r"coś poszło nie tak|wystąpił błąd|něco se pokazilo|что то пошло не так|произошла ошибка|щось пішло не так|bir hata oluştu|"
    r"bir şeyler ters gitti|"
    # FORM_SENT: a contact or tip form's confirmation, left on the page ("Your message has been sent. Thank you!",
    # "Mesajul a fost trimis. Multumesc!", "Ihre Nachricht wurde gesendet")
    r"(?:your )?message (?:has been |was )?sent|thank you for your (?:message|submission)|mesajul (?:a fost|dumneavoastră a fost) trimis|"
    r"(?:ihre )?nachricht wurde (?:gesendet|versendet)|(?:votre )?message a été envoyé|(?:tu |su )?mensaje (?:ha sido |fue )?enviado|"
    r"(?:il tuo )?messaggio (?:è stato )?inviato|(?:sua )?mensagem (?:foi )?enviada|wiadomość została wysłana|"
    r"(?:ваше )?сообщение (?:было )?отправлено)\b"
)
# ... and ending so ("We're sorry, this feature is currently unavailable. We're working to restore it. Please try again
# later."): the error's own apology, however many words it takes.
WIDGET_ERROR_END = re.compile(
    r"\b(?:please )?try again later$|\bprobeer het (?:later )?(?:nog eens|opnieuw)(?: later)?$|\bversuchen sie es später (?:noch einmal|erneut)$|"
    r"\bveuillez réessayer plus tard$|\binténtalo (?:de nuevo )?más tarde$|\btente novamente mais tarde$|\briprova più tardi$|"
    r"\bspróbuj (?:ponownie )?później$|\bпопробуйте (?:ещё раз )?позже$"
)
# Widget errors are short: a sentence of this many words or more is the article's, whatever it says.
MAX_WIDGET_ERROR_WORDS = 16
# ... and the error says little after its opening words ("Something went wrong loading this video").
MAX_WIDGET_ERROR_TAIL_WORDS = 4

# A link line: a short label and a web address that ends the line ("Read More http://...", "People's Daily --- http://...").
LINK_AT_END = re.compile(r"(?:https?://|www\.)\S+\s*\)?$", re.I)
# Labels that lead a link: a shortener's "Read More", a feed's "from <feed>", "(Logo:", "Read or Share this story:".
LINK_LEAD = re.compile(
    r"^[(\[]?\s*(?:read more|read or share this story|share this story|read the original|original article|original story|"
    r"full story|full article|more|from|via|source|logo|photo|image|video|link|permalink)\b",
    re.I,
)
# Words before the address, at most: more is a sentence that gives an address ("The report is at www.x.org.").
MAX_LINK_LABEL_WORDS = 10

# Blog feeds reposted by a robot end with the robot's name ("via IFTTT").
FEED_ROBOTS = _words("""
    via ifttt
    via feedburner
    via dlvr it
    via zapier
    posted via ifttt
    powered by feedburner
""")

# The weather box: "62 F", "-3°C", "London 12°C" (a temperature, perhaps after a place's name).
# (DEGREE_LOOKALIKES: the degree sign typed as "º" or "o": "7oC Αθήνα"; the town in any script)
# (WEATHER_NOT_LOADED: the box before its figure came, "New Delhi -°C", "-°C": the degree sign and no number)
# (SIGNED_DECIMAL_COMMA: "Tashkent +19,8 °C": a plus sign, a minus sign, a decimal comma)
# (CYRILLIC_CELSIUS: "+23°С" with the Cyrillic letter Es for Celsius)
WEATHER_LINE = re.compile(
    # (UNCASED_PLACE: a place in a script without capitals, or a lower-case unit, "תל אביב 18°c")
    r"^(?:[^\W\d_a-z][\w.'’-]*(?: [^\W\d_a-z][\w.'’-]*){0,2} )?(?:[-+−]?\d{1,3}(?:[.,]\d)?\s*(?:[°º]\s*[FCСc]?|o[FC]|[FC])|--?\s?[°º]\s?[FCС])$"
    # (CONDITION_GLUED: the sky's word run onto the figure, "26°Overcast"; PLACE_AFTER_A_DASH: or the town's name after
    # a dash, "-7 °C -Bratislava")
    r"|^[-+−]?\d{1,3}(?:[.,]\d)?\s*(?:[°º]\s*[FCС]?|o[FC])(?:(?: ?[-–|] ?| ?)[^\W\d_a-z][\w.'’-]*){1,3}$"
    # (DEGREE_SIGN_LETTER: the one-character "℃", after a place and the sky in any script, "맑음서울 -3.4℃", "晴 東京 12℃")
    r"|^(?:[^\W\d_]{1,12} ){0,2}[-+−]?\d{1,3}(?:[.,]\d)?\s?[℃℉]$"
    # (TEMPERATURE_RANGE: the day's high and low, "31°C / 31°C", "H: 72°F L: 60°F", "HI: 60° LOW: 54°", "Mín. 24° Máx. 26°")
    # (CONDITION_THEN_RANGE: the sky's words and a full stop before them, "Partly Cloudy. H 69° L 42°")
    # (PLACE_THEN_RANGE: the town's name before them, "Example Today 11°/15°")
    r"|^(?:[A-Z][a-z]+(?: [A-Za-z]+){0,2}\.\s|[^\W\d_a-z][\w.'’-]*+(?: [^\W\d_a-z][\w.'’-]*+){0,2} )?(?:(?:[HL]|Hi|Lo|HI|LO|High|Low|HIGH|LOW|Max|Min|Máx|Mín)\W{0,2})?[-+−]?\d{1,3}\s?[°º]\s?[FCС]?(?:\s?[/|-]\s?|\s)(?:(?:[HL]|Hi|Lo|HI|LO|High|Low|HIGH|LOW|Max|Min|Máx|Mín)\W{0,2})?"
    r"[-+−]?\d{1,3}\s?[°º]\s?[FCС]?$"
)

# The weather box is a few words.
MAX_WEATHER_CHARS = 40

# Icon-font glyph names printed as text: "icon bookmark icon camera icon check", "fa-facebook fa-twitter".
ICON_WORDS = frozenset("icon icons fa fas far fab glyphicon material symbols outlined ion svg".split())
# At least this share of a line's words are icon words (and at least two of them) for it to be an icon run.
MIN_ICON_SHARE = 0.3

BULLETS = ("• ", "* ", "- ", "– ")
# Full stops, question and exclamation marks; Chinese and Japanese have their own (full width), and their own brackets
# and quotes close a sentence as ours do ("……举行会谈。", "……他说。」").
# Hindi, Marathi, Nepali and Bengali end a sentence with the danda ("।", "॥").
# (SCRIPT_FULL_STOPS: Urdu's full stop "۔" and the Arabic question mark "؟"; Armenian's "։", Amharic's "።", Burmese "။")
SENTENCE_END = ".!?。！？।॥۔؟։።။"
CLOSERS = "\"'”’»)]）」』】"

# SCRIPT_MARKS: the combining marks of scripts that write vowels and tones as marks (Devanagari and the other Indic
# scripts, Thai, Hebrew and Arabic points, Latin accents written apart) are parts of their words, not punctuation: a key
# keeps them ("विज्ञापन", not "व ज ञ पन").
SCRIPT_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u3099\u309a"
KEY_JUNK = re.compile(rf"(?:[^\w{SCRIPT_MARKS}]|_)+")


@functools.lru_cache(maxsize=1 << 14)  # long lines are keyed again by each rule that reads a key
def key_of(text: str) -> str:
    """A line's key for vocabulary look-ups: lower case, runs of punctuation and symbols as one space."""
    # (the dot of a capital "İ" lower-cased, "i̇lgili", is dropped: the key is "ilgili", as the word is written in lower case)
    return KEY_JUNK.sub(" ", text.lower().replace("i\u0307", "i").translate(ARABIC_HAMZA_ALEFS)).strip()


@functools.lru_cache(maxsize=256)  # a line's length in words is asked by most line rules in turn
def spaced_words(text: str) -> int:
    """len(text.split()), remembered for the last lines: the line rules weigh each line by it."""
    return len(text.split())


# MORE_LIST_LABELS: "You may also like", "Read also", "Most read", "Related articles" in more languages (French,
# Italian, Spanish, Portuguese, Turkish, Ukrainian, Chinese, Hebrew, Malay, Polish, Hungarian, Nordic, Dutch), and a
# live ticker's ("Minuto a Minuto", "FIL INFO")
MORE_LIST_LABELS = _words("""
    other news
    другие новости
    інші новини
    otras noticias
    altre notizie
    autres actualités
    weitere nachrichten
    outras notícias
    inne wiadomości
    vous aimerez aussi
    vous aimerez peut être aussi
    à découvrir aussi
    a découvrir aussi
    potrebbe interessarti anche
    potrebbe interessarti
    ti potrebbe interessare
    lee también
    lee tambien
    recomendados para si
    recomendado para si
    recommandés pour vous
    recommandé pour vous
    recomendados para ti
    recomendados para você
    empfohlen für sie
    consigliati per te
    pode também gostar
    você também pode gostar
    veja também
    bunu da okuyun
    ilginizi çekebilir
    найпопулярніше
    популярне
    热门文章
    热门推荐
    相关文章
    相關文章
    הכי נקראים
    קראו גם
    baca lagi
    berita berkaitan
    podobne artykuły
    zobacz także
    hasonló cikkek
    liknande artiklar
    lignende artikler
    vergelijkbare artikelen
    najnowsze artykuły
    son yazılar
    nieuwste artikelen
    artikel terbaru
    最新文章
    أحدث المقالات
    articles les plus lus
    articles les plus consultés
    les plus consultés
    artículos más leídos
    articoli più letti
    artigos mais lidos
    самые читаемые
    najczęściej czytane artykuły
    en çok okunan haberler
    meest gelezen artikelen
    artikel terpopuler
    الأكثر قراءة اليوم
    minuto a minuto
    fil info
    fil d actu
    fil d actualité
    l info en continu
    minute by minute
    минута за минутой
""")
# FOREIGN_PROMO_LABELS: the labels of lists of other stories ("Read also", "Related news", "Most read", "Recommended for
# you", "Latest news") in the other languages of the archive's sources, as keys (key_of).
FOREIGN_PROMO_LABELS = frozenset(
    key_of(label)
    for label in MORE_LIST_LABELS
    | _words("""
    artikel terkait
    más información
    últimas
    mais recentes
    recomendados
    mới nhất
    terbaru
    rekomendasi
    berita rekomendasi
    son haberler
    önerilen
    najnowsze
    powiązane artykuły
    nejnovější
    další články
    najnovšie
    legfrissebb
    još vijesti
    više vijesti
    lokal nyt
    lokale nyheder
    آخر الأخبار
    آخر الاخبار
    آخرین اخبار
    最新記事
    新着記事
    관련뉴스
    водещи новини
    още новини
    може бути цікаво
    может быть интересно
    вам может быть интересно
    вам будет интересно
    новости партнеров
    новости партнёров
    bunlar da ilginizi çekebilir
    contenus partenaires
    فيديو قد يعجبك
    قد يعجبك أيضا
    вас може зацікавити
    อ่านข่าวต่อ
    อ่านข่าวเพิ่มเติม
    อ่านเพิ่มเติม
    lees ook
    lees meer
    meer nieuws
    laatste nieuws
    ander nieuws
    últimas notícias adicionadas
    últimas noticias añadidas
    τελευταίες ειδήσεις
    главное сегодня
    главное за день
    главные новости
    головне сьогодні
    головні новини
    ostatnie wiadomości
    najnowsze wiadomości
    najnovije vijesti
    najnovije vesti
    останні новини
    ultimele știri
    cele mai noi știri
    nejnovější zprávy
    najnovšie správy
    naujausios naujienos
    jaunākās ziņas
    viimased uudised
    uusimmat uutiset
    senaste nytt
    siste nytt
    seneste nyt
    חדשות נוספות
    עוד חדשות
    mais lidas
    еще по теме
    ещё по теме
    berita terkini
    ピックアップ
    関連サイト
    기자의 다른기사 보기
    랭킹뉴스
    인기기사
    최신기사
    uit de krant
    berita terbaru
    dernières nouvelles
    neueste nachrichten
    інші новини
    інші новин
    διαβάστε ακόμη
    διαβάστε ακόμα
    ειδήσεις σήμερα
    sońǵy jańalyqtar
    соңғы жаңалықтар
    más leídas
    meest gelezen
    gerelateerde artikelen
    ezek érdekelhetnek még
    kapcsolódó cikkek
    legolvasottabb
    ข่าวที่เกี่ยวข้อง
    ข่าวล่าสุด
    ข่าวยอดนิยม
    あなたへのおすすめ
    おすすめ記事
    関連記事
    関連ニュース
    人気記事
    注目の記事
    많이 본 뉴스
    많이본뉴스
    관련 기사
    관련기사
    추천 기사
    인기 기사
    populer
    terpopuler
    berita terkait
    berita lainnya
    baca juga
    najczęściej czytane
    polecane
    zobacz też
    czytaj też
    czytaj także
    läs också
    läs mer
    mest läst
    mest läst i kategorin
    relaterade artiklar
    διαβάστε επίσης
    σχετικά άρθρα
    δημοφιλή
    τελευταία νέα
    citește și
    citeste si
    citiți și
    cititi si
    articole similare
    cele mai citite
    populare
    ultimele știri
    čtěte také
    související články
    nejčtenější
    ilgili haberler
    benzer haberler
    ilgili makaleler
    popular posts from this blog
    postagens mais visitadas deste blog
    entradas populares de este blog
    publicaciones populares de este blog
    postingan populer dari blog ini
    beliebte posts aus diesem blog
    benzer makaleler
    ilgili yazılar
    lo más visto
    lo más popular
    많이 본 기사
    ще статті по темі
    ще новини
    інші новини
    другие новости
    fil d’actu
    le fil d’actu
    à lire aussi
    taggar
    çok okunanlar
    en çok okunanlar
    tin liên quan
    tin tham khảo
    tin mới nhất
    đọc nhiều nhất
    tin cùng chuyên mục
    читайте також
    схожі новини
    популярне
    останні новини
    новини по темі
    популярное
    самое читаемое
    последние новости
    اخبار مرتبط
    مطالب مرتبط
    پربازدیدترین
    اقرأ أيضا
    اقرأ أيضاً
    إقرأ أيضا
    إقرأ أيضاً
    أخبار ذات صلة
    الأكثر قراءة
    مقالات ذات صلة
    संबंधित खबरें
    ये भी पढ़ें
    lo más leído
    más leídas
    últimas noticias
    mais lidas
    últimas notícias
    veja também
    les plus lus
    dernières infos
    meistgelesen
    meistgesehen
    meistgeklickt
    verwandtes thema
    verwandte themen
    verwandte artikel
    weitere nachrichten
    empfohlen
    weitere themen
    weitere themen der sendung
    auch interessant
    i più letti
    ultime notizie
    potrebbe interessarti
    special coverage
    noticia destacada
    noticias destacadas
    destacados
    lo último
    pročitajte još
    τα πιο δημοφιλή
    najčitanije
    најчитаније
    най-четени
    relacionado
    relacionadas
    articles liés
    liens connexes
    related readings
    bacaan lainnya
    pos terkait
    شاهد أيضا
    شاهد أيضاً
    شاهد ايضا
    شاهد ايضاً
    猜你喜欢
    останні публікації
    가장 많이 본 기사
    öne çıkan haberler
    haber etiketleri
    correlati
    notizie correlate
    artigos relacionados
    powiązane
    podobne artykuły
    relaterat
    relaterte saker
    relaterede artikler
    aiheeseen liittyvät
    σχετικά
    kapcsolódó
    gerelateerd
    terkait
    liên quan
    관련
    ذات صلة
    مرتبط
    संबंधित
    свързани
    ilgili
    legate
    アクセスランキング
    सबसे ज्यादा पढ़ी गई
    pročitajte i
    pročitajte također
    čitajte još
    čitajte i
    vezane vijesti
    povezane vijesti
    povezane vesti
    povezani članki
    preberite tudi
    taip pat skaitykite
    susiję straipsniai
    lasiet arī
    loe ka
    lue myös
    luetuimmat
    les også
    mest lest
    læs også
    mest læste
    súvisiace články
    súvisiace
    související
    související zprávy
    další zprávy
    povezano
    sorodne novice
    najčítanejšie
    прочетете още
    още по темата
    свързани новини
    прочитајте још
    повезане вести
    olvassa el
    kapcsolódó hírek
    קראו עוד
    כתבות נוספות
    আরও পড়ুন
    আরও পড়ুন:
    সম্পর্কিত খবর
    और पढ़ें
    यह भी पढ़ें
    soma pia
    habari zaidi
    بیشتر بخوانید
    بخوانید
    اخبار بیشتر
    berita berkaitan
    artikel berkaitan
    baca lebih lanjut
    entradas recientes
    entradas relacionadas
    notas relacionadas
    te puede interesar
    también te puede interesar
    leia também
    notícias relacionadas
    à lire aussi
    lire aussi
    sur le même sujet
    dans la même rubrique
    leggi anche
    altre notizie
    mehr zum thema
    das könnte sie auch interessieren
    сейчас читают
    читайте также
    по теме
    ещё по теме
    другие новости
    похожие новости
    xem thêm
    tin khác
    bài viết liên quan
    往下看更多文章
    相关新闻
    相关文章
    相關新聞
    延伸阅读
    延伸閱讀
    推荐阅读
    推薦閱讀
    热门推荐
    더보기
    더 보기
    이 시각 주요뉴스
    함께 볼만한 뉴스
    関連リンク
    こちらもおすすめ
    daha fazla haber
    most used categories
    """)
    # READ_ALSO_GAPS: the "read also" and "related" labels of the archive's languages the lists above lacked (found by
    # checking each language's common labels: "Lesen Sie auch", "Смотрите также", "Przeczytaj także", "Läs även")
    | _words("""
    lesen sie auch
    verwandte artikel
    empfohlene artikel
    das könnte sie interessieren
    à voir aussi
    sur le même thème
    leer también
    lee también
    contenido relacionado
    puede interesarte
    conteúdo relacionado
    você pode gostar
    potrebbero interessarti anche
    bekijk ook
    ook interessant
    przeczytaj też
    przeczytaj także
    смотрите также
    дивіться також
    diğer haberler
    läs även
    fler nyheter
    přečtěte si také
    čítajte aj
    mai multe știri
    olvassa el ezt is
    baca lainnya
    مواضيع ذات صلة
    あわせて読みたい
    """)
    # MAY_INTEREST_YOU_GAPS: "related", "columnists", "you may also like", "most read" and "latest news" in more of the
    # archive's languages (found by the same check: "Relacionados", "Columnistas", "Vous pourriez aussi aimer", "Może cię
    # zainteresować", "Ez is érdekelheti", "Più letti", "Friss hírek")
    | _words("""
    relacionados
    relacionadas
    columnistas
    colunistas
    you may also
    vous pourriez aussi aimer
    mungkin anda suka
    może cię zainteresować
    вам также может быть интересно
    dit vind je misschien ook interessant
    ar putea să te intereseze
    ez is érdekelheti
    μπορεί επίσης να σας ενδιαφέρει
    più letti
    σχετικά θέματα
    ροή ειδήσεων
    articole recomandate
    friss hírek
    ezek is érdekelhetik
    บทความที่เกี่ยวข้อง
    también te podría gustar
    go deeper
    """)
)


def strip_bullet(text: str) -> tuple[str, bool]:
    """The line without surrounding white space and its leading list bullet ("• ", "* ", "- ", "– "), and whether it had
    one. A nested bullet ("•  • item") goes too, so the kept text never starts with a bullet of its own."""
    text = text.strip()
    bullet = False
    while True:
        if text in ("•", "*", "-", "–"):
            return "", True
        found = next((b for b in BULLETS if text.startswith(b)), None)
        if found is None:
            return text, bullet
        text = text[len(found) :].strip()
        bullet = True


# COPY_END_MARK: an agency's mark of its copy's end after the last sentence ("...交换意见。(完)", "... on Monday. (END)").
COPY_END_MARK = re.compile(r"(?<!\s)\s*+[(（](?:完|end|END|fin|FIN|конец)[)）]\s*$")
# END_SIGN: a site's sign marking its article's end after the last sentence ("... only scratched the surface". ®",
# "... on Monday. ■", "... said. ◆"): the sentence ends before it.
END_SIGNS = ("®", "■", "◆", "▪", "∎", "□")  # (a tuple: ends_sentence runs on every line, str.endswith takes it as is)
# BRACKETED_SIGN_OFF: the writer's credit in square brackets after the last sentence ("...활동기반이다. [Example 조예리
# 기자]", "... on Monday. [Jane Roe]"); brackets after no sentence's end ("Headline [video]") end none.
BRACKETED_SIGN_OFF = re.compile(r"(?<=[.!?。！？।॥؟])\s*+\[[^\[\]]{1,40}\]\s*$")


def ends_sentence(text: str) -> bool:
    """The line ends like a sentence: a full stop, ? or !, perhaps inside closing quotes or brackets, or before the
    copy's end mark (COPY_END_MARK)."""
    if text.endswith((")", "）")):
        text = COPY_END_MARK.sub("", text)
    elif text.endswith("]"):
        text = BRACKETED_SIGN_OFF.sub("", text)
    elif text.endswith(END_SIGNS):
        text = text.rstrip("".join(END_SIGNS) + " ")  # END_SIGN
    body = text.rstrip(CLOSERS + " ")
    return bool(body) and body[-1] in SENTENCE_END


HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word as headline case reads it ("Dufferin-Caledon’s", "don't")
TITLE_CASE_MIN_LETTERS = 4  # shorter words ("and", "of", "in") stay lower-case in headlines: not counted
TITLE_CASE_SHARE = 0.7  # of the longer words capitalised: a headline; a sentence capitalises a few names only


def is_title_case(text: str) -> bool:
    """Most longer words capitalised, as in headlines ("Putin and Xi Highlight Strategic Partnership")."""
    words = [w for w in HEADLINE_WORD.findall(text) if len(w) >= TITLE_CASE_MIN_LETTERS]
    if not words:
        return bool(text[:1].isupper())
    return sum(1 for w in words if w[0].isupper()) >= TITLE_CASE_SHARE * len(words)


# --- Line rules: a line's text alone decides -----------------------------------------------------------------------


def no_text(text: str, key: str) -> bool:
    # A lone bullet, rule or separator: no letter or digit on the line.
    return not key or not any(ch.isalnum() for ch in text)


# A boilerplate line (copyright, paywall, disclaimer) is short: a longer line that matches its wording is the
# article's own text about copyright, subscriptions or views, and is kept.
BOILERPLATE_MAX_WORDS = 40


# REPRODUCTION_NOTICE: the site's ban on copying its content, in the footer ("Without written authorization from
# example.com, such content shall not be republished or used in any form.", "This material may not be reproduced without
# permission"): content or material, a ban on copying it, and either a list of copying verbs or "without permission",
# on a short line. A news agency's own notice on a reprint ("... may not be published, broadcast, rewritten or
# redistributed") is the same kind of line. A court's ban in a report names one verb ("the material may not be
# published until the trial ends", "the texts may not be used as evidence") and stays.
REPRODUCTION_NOTICE = re.compile(
    r"\b(?:may|shall|must|can) not be (?:re)?(?:published|reproduced|distributed|redistributed|copied|used)"
    r"(?:,? (?:or |and )?(?:re)?(?:published|broadcast|rewritten|reproduced|distributed|redistributed|copied|used)\b)+",
    re.I,
)
WITHOUT_PERMISSION = re.compile(
    r"\bwithout (?:the )?(?:prior )?(?:express )?(?:written )?(?:permission|authori[sz]ation|consent)\b", re.I
)
CONTENT_WORDS = re.compile(r"\b(?:content|contents|material|materials)\b", re.I)
# REPRODUCTION_PROHIBITED: the same ban opening with the copying ("Reproduction in whole or in part without permission is
# prohibited."): the copying, "in whole or in part" or "without permission", then the ban; the article's own sentence
# about one work ("Reproduction of the painting is prohibited by the museum") says neither.
REPRODUCTION_PROHIBITED = re.compile(
    r"^(?:any |the )?(?:reproduction|republication|redistribution|copying)\b[^.!?]{0,80}?\b(?:is |are )?(?:strictly )?"
    r"(?:prohibited|forbidden|not permitted|not allowed)\b",
    re.I,
)
IN_WHOLE_OR_IN_PART = re.compile(r"\bin whole or in part\b", re.I)
# SLAVIC_REPRINT_TERMS: a Ukrainian or Russian site's terms for using its material, a link to it required ("Використання
# будь-яких матеріалів ... дозволяється за умови посилання на example.ua", "При использовании материалов ссылка на
# Example обязательна", "Інтернет-видання можуть використовувати матеріали сайту ... за умови гіперпосилання на ..."):
# a use of the site's material and a link in one line, opening it (no clause before: "Мэр заявил, что использование
# материалов ...") (archive.sources reads the site named after the link's word)
SLAVIC_REPRINT_TERMS = re.compile(
    r"^[^.!?,;:]{0,30}?(?:використанн\w*|використовувати|передрук\w*|цитуванн\w*|копіюванн\w*|использовани\w*|использовать|"
    r"копировани\w*|цитировани\w*|перепечатк\w*|перепечатыва\w*) (?:будь-яких |любых |всех |усіх )?(?:матеріал\w*|материал\w*)"
    r"[^!?]{0,200}?(?:посилання|посиланням|гіперпосилання|гіперпосиланням|ссылк\w*|гиперссылк\w*)\b",
    re.I,
)
# (... with the terms' word of permission or obligation: "a link is required", "allowed only with a link")
REPRINT_TERMS_WORDS = re.compile(
    r"\b(?:дозволяється|дозволено|обов[’'ʼ]язков\w*|можуть|лише|тільки|обязательн\w*|разрешается|разрешено|допускается|"
    r"только|могут)\b",
    re.I,
)
# CHINESE_SITE_LICENCE: a Chinese site's licence numbers in its footer ("京ICP备12345678号", "京公网安备 11010502号"):
# every site in China prints them.
# (REPORT_HOTLINE: "违法和不良信息举报电话: ...", the regulator's line for reporting harmful content, in the same footer)
CHINESE_SITE_LICENCE = re.compile(r"ICP[备備证證]|公网安备|公網安備|不良信息举报|不良信息舉報")
# CJK_REPRINT_NOTICE: a Chinese site's notice on reprinting its pages, opening the line ("凡本网注明“来源:Example网”的所有作品
# ...", "all works this site marks 'source: ...'"; "本文来源于网络,不代表Example立场,转载请注明出处", "this text comes from the
# web, ... state the source when reprinting"; "未经授权不得转载", "no reprint without permission", the ban after the
# permission: "未经许可，该公司擅自转载了..." is a sentence about a company reprinting without it), with its word for
# reprinting, copyright or position: a footer (archive.sources reads the site's name in it). "本文来源：Example" alone and
# "转载请注明来源：Example" ("credit Example when reprinting") name the copy's source: credits, left to the source rules.
CJK_REPRINT_NOTICE = re.compile(
    r"^(?:凡(?:本网|本網|本站)(?:注明|註明)|本文(?:来源|來源|转自|轉自)[^,，。]{0,20}?[,，]\s*+(?:并|並)?不代表|"
    r"(?:未经|未經)(?:本网|本網|本站|本报|本報)?(?:书面|書面)?(?:授权|授權|许可|許可)[^,，。]{0,6}?(?:不得|禁止|严禁|嚴禁|请勿|請勿))"
)
CJK_REPRINT_WORDS = ("转载", "轉載", "版权", "版權", "立场", "立場")
MAX_CJK_NOTICE_CHARS = 200  # a notice is a sentence or two; a paragraph about reprinting is longer


# MANGLED_COPYRIGHT_SIGN: the © of a page copied through the wrong encoding ("Â© 2019 Example Gazette", UTF-8 read as
# Latin-1; "� Copyright Example.com", the sign lost to the replacement character before the word or a year): read as
# the sign (a replacement character before anything else may have been any character)
MANGLED_COPYRIGHT_SIGN = re.compile(r"^(?:(?:Ã‚)?Â©|\ufffd\s?(?=(?i:copyright)\b|\d{4}\b))")


def unmangled_sign(text: str) -> str:
    return MANGLED_COPYRIGHT_SIGN.sub("©", text, count=1)


# PROPERTY_NOTICE: a subscriber paper's notice over its copy, opening "This is the property of Example Corporation and
# fully protected by copyright", then its terms, up to MAX_PROPERTY_NOTICE_WORDS words (archive.sources reads the holder,
# without its company word, as the outlet)
PROPERTY_NOTICE = re.compile(
    r"^this (?:is|article|story|content|material) (?:is )?(?:the )?(?:sole )?property of (?:the )?"
    r"(?P<holder>(?-i:[A-Z])[^.,]{1,60}?)(?: (?:corporation|corp\.?|inc\.?|company|co\.|ltd\.?|llc|group))?,?"
    r" and (?:is )?(?:fully )?protected by copyright",
    re.I,
)
MAX_PROPERTY_NOTICE_WORDS = 100


# COMPANY_REGISTRATION: the publisher's company and its registration numbers in the footer ("UU Srls - Via Parigi 11
# 00185 Roma - P. IVA 14451341003 - ISSN 2974-5217."): a VAT or company number's label and seven figures or more, or a
# serial's ISSN and its number; an article names a tax, not its own number. Up to MAX_REGISTRATION_LINE_WORDS words.
COMPANY_REGISTRATION = re.compile(
    r"(?:\bp\.\s?iva|\bpartita iva|\bvat (?:no\.?|number|reg(?:istration)?\.? no\.?)|\bcnpj|\bnip|\bkrs|\bregon|\bkvk|"
    r"\bsiret|\bsiren|\bust-idnr\.?|\bc\.f\.)\s?:?\s?\d[\d./ -]{6,}|\bissn:? \d{4}-\d{3}[\dx]\b",
    re.I,
)
MAX_REGISTRATION_LINE_WORDS = 40


def company_registration(text: str, key: str) -> bool:
    return short_line_holds(COMPANY_REGISTRATION, text, MAX_REGISTRATION_LINE_WORDS)


def copyright_footer(text: str, key: str) -> bool:
    # "© 2024 VCPOST, All rights reserved." / "Copyright (c) Outlet." -- not "Copyright law was discussed."
    text = unmangled_sign(text)
    if text[:5].casefold() == "this " and PROPERTY_NOTICE.match(text) and spaced_words(text) <= MAX_PROPERTY_NOTICE_WORDS:
        return True
    if COPYRIGHT_LEAD.match(text) or COPYRIGHT_NAME.match(text):
        return spaced_words(text) <= BOILERPLATE_MAX_WORDS
    if WIRE_NOTICE_PARTS.search(text) and spaced_words(text) <= MAX_PAGE_NOTICE_WORDS:
        return True  # WIRE_NOTICE_PARTS
    if (
        spaced_words(text) <= BOILERPLATE_MAX_WORDS
        and CONTENT_WORDS.search(text)
        and (REPRODUCTION_NOTICE.search(text) or (WITHOUT_PERMISSION.search(text) and " not be " in text))
    ):
        return True
    if (
        spaced_words(text) <= BOILERPLATE_MAX_WORDS
        and REPRODUCTION_PROHIBITED.match(text.strip())
        and (IN_WHOLE_OR_IN_PART.search(text) or WITHOUT_PERMISSION.search(text))
    ):
        return True
    if CHINESE_SITE_LICENCE.search(text) and word_count(text) <= BOILERPLATE_MAX_WORDS:
        return True
    if spaced_words(text) <= BOILERPLATE_MAX_WORDS and SLAVIC_REPRINT_TERMS.match(text) and REPRINT_TERMS_WORDS.search(text):
        return True
    if CJK_REPRINT_NOTICE.match(text) and any(word in text for word in CJK_REPRINT_WORDS) and len(text) <= MAX_CJK_NOTICE_CHARS:
        return True
    lower = text.lower()
    if not any(hint in lower for hint in RIGHTS_HINTS):
        return False
    short = spaced_words(text) <= BOILERPLATE_MAX_WORDS
    return short and bool(ALL_RIGHTS_RESERVED.search(text) or foreign_rights_reserved(text) or RIGHTS_RESERVED_BY.match(text))


def analytics_footer(text: str, key: str) -> bool:
    # Tracker and counter widgets printed at the foot of the page ("Real Time Analytics").
    return key in ANALYTICS_LABELS


def advertisement(text: str, key: str) -> bool:
    # The ad slot label, in its wordings ("Advertisement", "Story continues below advertisement").
    return key in ADVERT_LABELS


def adblock_appeal(text: str, key: str) -> bool:
    """ADBLOCK_APPEAL (above)."""
    return "ad" in text.casefold() and bool(ADBLOCK_APPEAL.search(text)) and spaced_words(text) <= MAX_ADBLOCK_APPEAL_WORDS


def ad_label_icon(text: str, key: str) -> bool:
    # AD_LABEL_ICON: the ad slot's label with an icon's name of one or two letters left beside it ("Publicidad Ai"),
    # maybe printed twice in one piece ("Publicidad AiPublicidad Ai": two slots' labels)
    half = len(text) // 2
    if half and text[:half] == text[half:]:
        key = key_of(text[:half])
    head, _, tail = key.rpartition(" ")
    return 0 < len(tail) <= 2 and tail.isalpha() and head in ADVERT_LABELS


SHARE_ROW_MAX_WORDS = 14  # a row of every network's button; a longer line of such words is a sentence
# A platform's share links: "Click to share on Twitter (Opens in new window)", "Click to email a link to a friend".
SHARE_LINK_LEADS = ("click to share", "click to email", "click to print", "share on ", "share to ", "share via ")
# ... a short line.
MAX_SHARE_LINK_WORDS = 12


def share_link(text: str, key: str) -> bool:
    # "Click to share on Twitter (Opens in new window)", "Share on Facebook (Opens in new window)".
    return key.startswith(SHARE_LINK_LEADS) and len(key.split()) <= MAX_SHARE_LINK_WORDS and not ends_sentence(text)


# GLUED_BUTTONS: the buttons' labels run together, each capitalised ("Comparte en FacebookComparte en Twitter"): read
# with a space put back before each capital that follows a small letter.
SMALL_THEN_CAPITAL = re.compile(r"(?<=[a-z])(?=[A-Z])")


# BUTTON_COUNTS: the buttons printed with their counts ("Share 0", "Tweet 12 Share 3", "Facebook 1.2k"): read without
# the counts, a row still needs a button's word (SHARE_STRONG), so a number alone stays a counter's.
BUTTON_COUNT = re.compile(r"\d{1,6}k?")


def share_button(text: str, key: str) -> bool:
    # A row made only of share/social words ("Share", "Facebook Twitter WhatsApp", "facebook-white sharing button").
    words = key.split()
    if len(words) == 1 and len(key) > 10 and GLUED_SHARE_ROW.fullmatch(key):
        return True
    if 0 < len(words) <= SHARE_ROW_MAX_WORDS and any(w not in SHARE_WORDS for w in words) and SMALL_THEN_CAPITAL.search(text):
        words = key_of(SMALL_THEN_CAPITAL.sub(" ", text)).split()  # GLUED_BUTTONS
    if any(w[0].isdigit() for w in words):
        words = [w for w in words if not BUTTON_COUNT.fullmatch(w)]  # BUTTON_COUNTS
    return (
        0 < len(words) <= SHARE_ROW_MAX_WORDS and all(w in SHARE_WORDS for w in words) and any(w in SHARE_STRONG for w in words)
    )


# FORUM_PROMISE: a station's comment box note, "Example 17 News is committed to providing a forum for civil and
# constructive conversation", the box's disclaimer, and its call for story ideas, "If you would like to share a story idea, please submit
# it here": the template's, under every story (archive.sources reads the site's name from the first).
FORUM_PROMISE = re.compile(
    r"^[A-Z0-9][\w.&'’-]*+(?: [A-Z0-9][\w.&'’-]*+){0,4} is committed to providing a (?:forum|platform|space) for (?:civil|respectful)\b"
    r"|^(?i:if you (?:would like to|want to|have a story idea|have a news tip)[^.!?]{0,40}?(?:story idea|news tip)[^.!?]{0,40}"
    r"(?:submit|send|email|contact)[^.!?]{0,30}?\b(?:here|us)\b)"
    # (COMMENTS_DISCLAIMER: "O conteúdo do comentário é de responsabilidade do autor da mensagem", "Los comentarios son
    # responsabilidad exclusiva de sus autores", "Comments are the sole responsibility of their authors")
    r"|^(?i:o conteúdo dos? comentários? é de (?:inteira |exclusiva )?responsabilidade d[oa]s? (?:seus? )?autor"
    r"|los comentarios (?:publicados )?son (?:de )?(?:exclusiva )?responsabilidad (?:exclusiva )?de sus autores"
    r"|comments are the (?:sole )?responsibility of (?:their|the) (?:authors?|posters?)"
    # (the plural's word order, "Os comentários são de responsabilidade exclusiva de seus autores"; a station's note,
    # "Example 9 provides commenting to allow for constructive discussion"; a paper's answer, "Why are you making
    # commenting on Example only available to subscribers?")
    r"|os comentários são de (?:inteira |exclusiva )?responsabilidade (?:exclusiva )?d(?:[oa]s?|e) (?:seus? )?autor"
    r"|[^.!?]{0,60}\bprovides commenting to allow\b|why are you making commenting on\b"
    # (COMMENT_TERMS: "By submitting a comment, you accept that Example has the right to reproduce ...", "To encourage
    # thoughtful and respectful conversations, first and last names will appear with each submission")
    r"|by submitting (?:a|your) comments?,? you (?:accept|agree|acknowledge)|to encourage thoughtful and respectful conversations?"
    # (COMMENT_RULES_NOTICE: a paper group's comment box rules, "We want our comments to be a lively and valuable part of
    # our community ...", "Please report any comments that break our rules.", "Read the rules here")
    r"|we want our comments to be\b|please report any comments? that breaks? our rules|read the rules here(?-i:(?![a-z])))"
    # (TURKISH_COMMENT_RULES: "UYARI: Küfür, hakaret ... yorumlar onaylanmamaktadır.", the comments the site does not
    # approve, under every Turkish site's story)
    r"|^(?:UYARI\s?:\s)?[^.!?]{0,240}\byorumlar onaylanmamaktadır\b"
)


# COMMENTS_OFF_ON: a blog theme's post line, its comments closed on the post it names ("7 months ago admin Comments Off on
# <headline>", "Comments Off on <headline>"): the theme's meta line, with the headline's copy in it, no headline (with its
# date, the date line: below)
COMMENTS_OFF_ON = re.compile(r"\bComments Off on [A-Z0-9“\"'‘]")
MAX_COMMENTS_OFF_WORDS = 40
YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")  # (a year of this century or the last, anywhere in a line)


# NUMBERED_COMMENT_HEADER: a blog comment's head, its number, the commenter and "says:" ("1. Jane Roe says:"), or a
# user name alone before it ("Example99 says:"): the comment's, never the article's ("The minister says:" over a quote
# is the text's).
COMMENT_SAYS = re.compile(r"^(?:\d{1,3}\.\s\S[^.!?:]{0,40}|[\w.-]{3,30})\s(?:says|said|wrote|writes)\s?:$")
# COMMENTS_PAUSED: the comment box closed for the night and its promise to open in the morning ("Die Kommentarfunktion
# ist zwischen 23:00 und 06:00 Uhr nicht aktiv ...", "Die Debatte geht am Morgen weiter", "Comments are closed between
# 11pm and 6am ...", "Wir freuen uns am Morgen über Ihre konstruktiven Beiträge ...")
COMMENTS_PAUSED = re.compile(
    r"^(?:die kommentarfunktion ist\b[^.!?]{0,60}\bnicht (?:aktiv|verfügbar)\b|die debatte geht am morgen weiter\b|"
    r"wir freuen uns am morgen über ihre\b|comments are (?:closed|paused|disabled) (?:between|from|overnight)\b)",
    re.I,
)
MAX_COMMENTS_PAUSED_WORDS = 30


# FORM_FIELD_MARKED: a comment form's field, its name and whether it must be filled ("NAME : (REQUIRED)", "E-mail
# (will not be published) (required)", "WEBSITE : (OPTIONAL)"); its note alone ("will not be displayed") is a label.
FORM_FIELD_MARKED = re.compile(
    r"^(?:your )?(?:name|nickname|e-?mail(?: address)?|mail|website|url|comment)\s?:?\s?\*?\s?"
    r"(?:\((?:required|optional|will not be (?:published|displayed|shown))\)\s?){1,2}:?$",
    re.I,
)


# COMMENT_RULES_NOTICE: the comment box's notice on its rules, as a newspaper network prints it under every story ("This
# conversation is moderated according to Example's community rules. Please read the rules before joining the
# discussion.", "To find out more about Facebook commenting please read the Conversation Guidelines and FAQs").
COMMENT_RULES_NOTICE = re.compile(
    r"^(?:this conversation is moderated according to\b|to find out more about facebook commenting\b"
    # (COMMENTS_ELSEWHERE: "To comment on this story, please visit our crime and courts comments page.")
    r"|to comment on this (?:story|article|post),? (?:please )?(?:visit|go to|see)\b)",
    re.I,
)
MAX_COMMENT_RULES_WORDS = 30


def comment_widget(text: str, key: str) -> bool:
    if COMMENT_SAYS.match(text.strip()):
        return True
    if spaced_words(text) <= MAX_COMMENT_RULES_WORDS and COMMENT_RULES_NOTICE.match(text.strip()):
        return True  # COMMENT_RULES_NOTICE
    if text[:1] in "DdWwCc" and short_line_matches(COMMENTS_PAUSED, text, MAX_COMMENTS_PAUSED_WORDS):
        return True  # COMMENTS_PAUSED
    # The comment box and its labels ("Comments", "0 Comments", "Post with no comments.", "Join the Conversation"); long
    # lines too (they come without their key): a platform's comment guidelines run to sixteen words; a longer line than
    # any label or notice here is not keyed again.
    off = COMMENTS_OFF_ON.search(text) if "Comments Off" in text else None
    if off and not YEAR_IN_TEXT.search(text, 0, off.start()):
        # (with a year before it the line is the post's date line, archive.metaline's COMMENTS_OFF: "By / May 20,
        # 2017 / Comments Off on <headline>" dates the page)
        return spaced_words(text) <= MAX_COMMENTS_OFF_WORDS
    if not key and spaced_words(text) <= MAX_COMMENT_LOGIN_WORDS:
        key = key_of(text)
    if len(key.split()) <= MAX_COMMENT_LOGIN_WORDS and (COMMENT_LOGIN.search(key) or COMMENT_LOGIN_FIRST.match(key)):
        return True
    half = len(key) // 2
    if len(key) % 2 == 0 and " " not in key and key[:half] == key[half:] and key[:half] in COMMENT_LABELS:
        return True  # LABEL_GLUED_TWICE: "commentairesCommentaires", the label's two spans run together
    if (
        text.count("*") >= MIN_REQUIRED_FIELDS
        and len(REQUIRED_FIELD.findall(text)) >= MIN_REQUIRED_FIELDS
        and E_MAIL_WORD.search(text)
    ):
        return True  # REQUIRED_FIELDS_FORM
    if CAPTCHA_PROMPT.match(text.strip()) or READERS_CALLED_TO_COMMENT.match(text.strip()):
        return True
    if FORM_FIELD_MARKED.match(text.strip()):
        return True
    return key in COMMENT_LABELS or bool(COMMENT_COUNT.match(key) or FORUM_PROMISE.match(text.strip()))


# CAPTCHA_PROMPT: the comment form's test for robots, its label and its instruction ("Captcha: (type the characters
# above)", "Security code:", "Type the characters you see"), up to MAX_CAPTCHA_PROMPT_CHARS characters.
MAX_CAPTCHA_PROMPT_CHARS = 60
CAPTCHA_PROMPT = re.compile(
    r"^(?:(?:captcha|type the (?:characters|letters|code)|enter the (?:characters|code))\b[^.!?]{0,"
    + str(MAX_CAPTCHA_PROMPT_CHARS)
    + r"}|(?:security|verification) code\s?:?)$",
    re.I,
)


# REQUIRED_FIELDS_FORM: a form printed as text, its required fields' labels marked with an asterisk before their colon
# ("Send til din ven. Modtagerens email * : Din e-mail * : Dit navn * : ..."), at least this many, one of them an e-mail:
# a comment or send-to-a-friend form, whatever its language.
REQUIRED_FIELD = re.compile(r"\*\s?:")
MIN_REQUIRED_FIELDS = 2
E_MAIL_WORD = re.compile(r"e-?mail", re.I)


# VIEW_COUNT: a page's view counter ("Visited 165 times, 1 visit(s) today", "1,204 views", "Views: 1,204", "View : 114",
# "Прочитано 512 раз", "阅读 1024") and its share and like counters ("0 shares", "1.2k likes"), in brackets or not; a
# sentence reporting views goes on with other words.
VIEW_COUNT = re.compile(
    # (READ_TIMES_IN_TOTAL: "This news has been read 166 times in total"; LABELLED_FOREIGN_COUNT: "Lecturas: 382")
    r"^(?:(?:this (?:news|article|story|post|page) has been )?(?:visited|viewed|read)\s+[\d.,]+\s+times(?: in total)?"
    r"(?:,\s*[\d.,]+\s+visits?(?:\(s\))?\s+today)?"
    # (READING_NOW_COUNT: "Reading now: 453", the readers on the page at this moment)
    # (ROMANIAN_VIEWS_LABEL: "Vizualizari: 4741", with or without its diacritics)
    r"|(?:(?:post |page |article )?views?|hits|reading now|now reading|vizualizari|vizualizări|afișări|afisari|lecturas|leituras|letture|lectures|visitas|vistas|vues|aufrufe|citiri|okunma|просмотров|переглядів|"
    r"кількість переглядів|количество просмотров|число просмотров|liczba wyświetleń|počet zobrazení|görüntülenme sayısı)"
    r"\s?:\s?[\d.,]+"
    r"|view\(s\)\s?:\s?[\d.,]*"  # ("View(s):", its figure not loaded)
    # (DATE_BEFORE_THE_COUNT: "26.05.2023 482 views" is a date line with its count, no count alone)
    r"|(?!\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d))\d[\d.,]*(?:[ \u00a0]\d{3})*[km]?\s+(?:views|visits|shares|likes|"
    r"vistas|visitas|vues|aufrufe|просмотр(?:ов|а)?|"
    # FOREIGN_VIEW_COUNT: "123 citiri", "1 204 odsłon", "58 zobrazení", "12 megtekintés", "305 прочитания", "40 переглядів",
    # "77 προβολές", "9 peržiūros", "31 skatījumi", "lecturas", "leituras", "letture", "visualizações", "görüntülenme"
    r"citiri|vizualizări|afișări|odsłon|odsłony|wyświetle[ńn]|zobrazení|megtekintés|прочитания|преглеждания|"
    r"перегляд(?:ів|и)?|просмотры|προβολές|peržiūr(?:os|ų)|skatījum(?:i|s)|vaatamist?|lecturas|leituras|letture|"
    r"visualizações|visualizzazioni|lectures|keer gelezen|görüntülenme|okunma|kali dibaca|lượt xem|بازدید|مشاهدة|مشاهدات)|прочитано\s+[\d.,]+\s+раз|(?:阅读|閱讀|浏览|瀏覽)(?:量|次数)?\s*[:：]?\s*[\d.,]+)"
    r"\s*\.?$",
    re.IGNORECASE,
)


# SOCIAL_COUNTER_GLUED: a theme's follower counters, the count, what it counts and the button run together
# ("94,598FansLike", "57,763FollowersFollow", "1.2kSubscribersSubscribe")
SOCIAL_COUNTER_GLUED = re.compile(
    r"^\d{1,3}(?:[,.]\d{3})*(?:[.,]\d)?[KkMm]?\s?(?:Fans|Followers|Subscribers|Members|Likes)\s?(?:Like|Follow|Subscribe|Join)$"
)


# COUNTS_IN_A_ROW: a post's counters side by side, spaced or run together ("351 views0 comments", "12 likes 3 shares"),
# or a gallery's positions all printed at once ("1 of 4 2 of 4").
COUNTS_IN_A_ROW = re.compile(
    r"^(?:(?:\d[\d.,]*+\s?(?:views?|comments?|shares?|likes?|reads?)\s*+){2,4}|(?:\d{1,3}\s?of\s?\d{1,3}\s*+){2,12}"
    # (COUNT_IN_THOUSANDS: "8.03K", a count shortened with two decimals)
    r"|\d{1,3}[.,]\d{2}[KkMm])$",
    re.I,
)
# POSITION_IN_A_SERIES: a gallery's or a series' position with what it counts, in the languages of the archive's
# sources ("Photo 3 of 12", "Artikel 8 von 11", "Foto 3 di 12", "Page 9 of 12"), or a page's number alone ("Page: 9").
# (VIEW_THE_SLIDESHOW: the gallery's button before it, "View Slideshow 1 of 2")
POSITION_IN_A_SERIES = re.compile(
    r"^(?:(?:view )?"
    r"(?:photo|image|picture|slide|slideshow|bild|foto|artikel|article|item|page|seite|página|pagina|strona)\s\d{1,3}\s?"
    r"(?:of|von|di|de|sur|z|av|van|/)\s?\d{1,3}|page\s?:\s?\d{1,3})$",
    re.I,
)
# PLATFORM_COUNT: a sharing or comment platform's count after its name ("WORDPRESS: 0", "Facebook: 12", "Disqus: 3").
PLATFORM_COUNT = re.compile(
    r"^(?:facebook|twitter|wordpress|disqus|pinterest|linkedin|reddit|e-?mail|whatsapp|telegram|google\+?)\s?:\s?\d{1,6}$",
    re.I,
)


def counter(text: str, key: str) -> bool:
    # A lone small number: a comment or share count, a gallery position ("0", "12", "1.2K", "3 of 7"); VIEW_COUNT.
    stripped = text.strip("()[] ")
    if COUNTS_IN_A_ROW.match(stripped) or POSITION_IN_A_SERIES.match(stripped) or PLATFORM_COUNT.match(stripped):
        return True
    return bool(COUNTER_LINE.match(stripped) or VIEW_COUNT.match(stripped) or SOCIAL_COUNTER_GLUED.match(stripped))


def epaper_link(text: str, key: str) -> bool:
    # Links to the paper's print replica ("Epaper_24-12-15 LHR", "E-Paper", "Today's Paper").
    if NAMED_EPAPER.match(text) and len(key.split()) <= MAX_NAMED_EPAPER_WORDS:
        return True
    return bool(EPAPER_LINE.match(text)) and len(key.split()) <= 6


# SITE_WELCOME_LEAD: a greeting to the site under its name, with the words "the pages of", "the (official) site of"
# ("Willkommen auf den Seiten des Auswärtigen Amts", "Bienvenue sur le site de la Mairie", "Welcome to the official
# website of ..."): the page's furniture, never a headline (a bare "Welcome to ..." may head a story: not taken). Its
# name is the site's (archive.sources' OUTLET_SELF_NAMED).
SITE_WELCOME_LEAD = (
    r"(?i:welcome to the (?:official )?(?:web ?site|site|pages?|portal|home ?page) of|"
    r"willkommen auf (?:den|der) (?:offiziellen )?(?:seiten|webseiten|internetseiten|internetseite|webseite|website) "
    r"(?:des|der|von)|bienvenue sur le (?:site|portail) (?:officiel )?(?:de la|de l'|de|du|des)|"
    r"bienvenid[oa]s? (?:a|al) (?:la )?(?:web|página|portal|sitio)(?: web)? (?:oficial )?(?:de la|del|de)|"
    r"benvenut[oi] (?:sul|nel) (?:sito|portale) (?:ufficiale )?(?:della|dell'|del|di)|"
    r"bem-vind[oa]s? ao (?:site|portal) (?:oficial )?(?:do|da|de)|welkom op de (?:website|site) van|witamy na stronie|"
    r"добро пожаловать на (?:официальный )?(?:сайт|портал))"
)


# FORGOT_PASSWORD: a login box's link to reset the password, in the archive's languages (LOGIN_FORM in PAGE_MACHINERY,
# alone on its line; FOREIGN_COMMENT_AND_LOGIN_BOX, with its question mark inside a longer box)
FORGOT_PASSWORD = (
    r"forgot (?:your )?password|mot de passe oublié|passwort vergessen|(?:¿)?olvidaste (?:tu|su) contraseña|"
    r"esqueci (?:a |minha )?senha|esqueceu (?:sua|a) senha|zapomniałem hasła|забыли пароль|şifremi unuttum"
)


# (SERVICE_TAGLINE in PAGE_MACHINERY: the tagline before a dash, then "a service (provided) by/of" and the name;
# PUBLISHED_DAILY_BY: "Published daily by the Example Institute", the site's tagline over its masthead)
SERVICE_TAGLINE_PATTERN = (
    r"^(?:[^.!?—–]{2,80}\s[—–-]\s)?(?:an? (?:free |public )?service (?:provided )?(?:of|by|from)|"
    r"published (?:daily|weekly|monthly|every (?:day|week)) by) (?P<service_of>(?:the )?"
    r"[^\W\d_][\w.&'’-]*+(?: [\w.&'’-]++){0,5})\.?$"
)
SERVICE_TAGLINE = re.compile(SERVICE_TAGLINE_PATTERN, re.IGNORECASE)


# PAGE_MACHINERY: the page's controls and its machinery's messages in any wording: a skip link ("Skip Global navigation
# and goto content"), a video's fallback ("Your browser doesn't support HTML5 video"), a loading notice in other
# languages ("Cargando contenidos...", "Chargement..."), a server's error ("Error processing SSI file").
PAGE_MACHINERY = re.compile(
    r"^skip (?:[\w-]+ ){0,3}(?:and )?(?:go ?to|to|jump to) (?:the )?(?:main )?(?:content|navigation|search|footer)$"
    # JUMP_LINKS: "Jump to main navigation", two or three such links run together ("Jump to main navigationJump to main
    # content"), and the logo's link home naming the site ("Go to the Example Times homepage")
    r"|^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|footer|menu)\s?+){1,3}$"
    r"|^go to (?:the )?[\w.&'’ -]{2,60}? home ?page$"
    # CLOSE_CONTROL: a box's title and its close button ("АБОНАМЕНТ ЗА НОВИНИ [X]", "Newsletter [x]"): a pop-up's
    r"|^[^\[\]]{1,60}\s\[\s?[Xx×]\s?\]$"
    r"|^your browser (?:does ?n[o']t|doesn’t|does not) support (?:html5|the video|video|iframes|javascript)\b"
    r"|^(?:cargando|carregando|chargement|caricamento|wird geladen|загрузка|завантаження|ładowanie|laden|memuat)"
    r"(?: (?:contenidos?|conteúdos?|du contenu|contenuti|контента|вмісту|treści))?\W*$"
    r"|^error processing ssi file$"
    # WORDPRESS_PERMALINK: a blog theme's line under the post ("This entry was posted in News. Bookmark the permalink.")
    r"|^(?:this entry was posted in .{1,120}?\.\s)?bookmark the permalink\.?$"
    # SHARE_WITH_FRIENDS: a call to share the post ("Like this post? Please share to your friends:")
    r"|^(?:(?:did you )?(?:like|liked|enjoy|enjoyed|love|loved) (?:this|the) (?:post|article|story|page)\?\s?)?"
    r"(?:please )?share (?:it |this (?:post |article |story )?)?(?:with|to) (?:your )?friends\W*$"
    # CLOSING_NOTICE: an interstitial's countdown ("Este aviso se cerrará en segundos", "This ad will close in 5 seconds")
    r"|^(?:this|este|esta|cet|ce|questo|este) (?:notice|ad|advert|advertisement|message|aviso|anuncio|mensaje|publicidad|"
    r"avis|annonce|message|annuncio|avviso|anúncio) (?:will close|closes|se cerrará|se cierra|se fermera|si chiuderà|"
    r"vai fechar|se fechará) (?:in|en|dans|tra|fra|em) (?:\d{1,2} )?(?:seconds?|segundos?|secondes?|secondi)\W*$"
    # WELCOME_TO_OUR_SITE: a greeting to the site itself, with no name ("Welcome to our website!", "您好!欢迎来到我们的网站!")
    r"|^(?:hello[,!]? )?welcome to our (?:web ?site|site|portal|blog)\W*$"
    rf"|^{SITE_WELCOME_LEAD} \S.{{0,80}}$"  # SITE_WELCOME (see SITE_WELCOME_LEAD)
    r"|^(?:您好|你好)?\W?\s*(?:欢迎|歡迎)(?:来到|來到|访问|訪問|光临|光臨)(?:我们的|我們的|本)(?:网站|網站|站)\W*$"
    # a link back ("Zurück zur vorigen Seite", "Back to the previous page", "Retour à la page précédente") and a site's
    # own submission link ("Добавить новость", "Add news")
    r"|^(?:(?:top|bottom) of (?:the )?page|(?:go|scroll|jump) to (?:the )?top|back to (?:the )?(?:top|previous page|home ?page|home|main page|list|results|search results|all news)"
    r"|zurück zu[mr]? (?:(?:vorigen|vorherigen|ersten|letzten|nächsten) seite\b.{0,40}|übersicht|startseite|seitenanfang)"
    r"|retour (?:à la page précédente|à l'accueil|en haut)|volver (?:arriba|al inicio|a la portada)"
    r"|torna (?:su|all'inizio|alla home)|voltar (?:ao topo|ao início)|вернуться (?:к списку(?: \w+)?|на главную|назад))$"
    # EXIT_NOTICE: the notice before a link leaves the site ("Вы собираетесь перейти на другой сайт", "You are about to
    # leave this site")
    r"|^(?:вы собираетесь перейти на (?:другой|сторонний) (?:сайт|ресурс)|you are (?:about to leave|leaving) (?:this|our) (?:site|website)"
    r"|vous (?:allez|êtes sur le point de) quitter (?:ce|notre) site)\W*$"
    r"|^(?:добавить новость|додати новину|add news|submit news|submit a story)$"
    # FCC_PUBLIC_FILE: an American broadcaster's links to the public file the FCC requires of it ("FCC public inspection
    # files:", "EEO Public File Report", "FCC Applications"), on every station's pages
    r"|^(?:fcc )?(?:public inspection files?|eeo public file report|fcc applications|fcc public files?)\W*$"
    # EMBEDDED_POST_LABEL: an embedded post's label naming its account ("Tweet de Policía de Córdoba", "Post by Example
    # Council"), where the post's text failed to load: no credit of the article's
    r"|^(?:tweet|post|publicación|publicação|beitrag|публикация|допис) (?:de|by|von|di|da|from|от|від) [^\n.!?]{1,60}$"
    # FONT_SIZE_CONTROLS: an accessibility bar's text size buttons, "A- A+" or "A+ A-", on a short line with its other
    # controls ("Página inicial 1 Ir para o rodapé 2 A- A+ ALTO CONTRASTE")
    r"|^(?=[^\n]{0,120}$)(?:\S++\s++){0,10}?A(?:[-–]\s++A\+|\+\s++A[-–])(?:\s|$)"
    # ARROW_BACK: "back" after a back arrow ("« zurück", "‹ Retour", "← Back"): the arrow says it is a link
    r"|^[«‹←<]+\s*(?:back|zurück|retour|volver|regresar|indietro|voltar|terug|tillbaka|tilbake|tilbage|takaisin|wstecz|"
    r"zpět|späť|vissza|назад|geri|kembali|înapoi|πίσω|nazaj)$"
    # (ARROW_BACK_TO: and "back to" a page after the arrow, "< Back to Example US front page")
    r"|^[«‹←<]+\s*(?:back to|zurück zu[mr]?|retour (?:à|au|aux)|volver a|torna a|terug naar)\s\S.{0,60}$"
    # SERVER_MESSAGES: the site's software speaking on the page: a PHP error with its file ("Notice: Undefined variable: o
    # in /var/www/... on line 601", "... (строка 601 в файле /www/...)"), the box heading a CMS's messages ("Error message",
    # "Сообщение об ошибке"), a rating widget's stars ("1 Star2 Stars3 Stars4 Stars5 Stars (No Ratings Yet)", "1 Estrella2
    # Estrellas..."), an address hidden by the site's protection after a contact label ("Contact: [email protected]")
    r"|^(?:php )?(?:notice|warning|deprecated|fatal error|parse error|strict standards|catchable fatal error)\s?:\s"
    r"[^\n]{0,300}?(?:\bin /|\bin [a-z]:\\|\bв файле /)"  # (the file's path after "in": a warning in a sentence has none)
    r"|^(?:error message|status message|warning message|сообщение об ошибке|сообщение о состоянии|fehlermeldung|"
    r"statusmeldung|message d'erreur|mensaje de error|messaggio di errore|mensagem de erro|komunikat o błędzie)$"
    r"|^1\s?[^\W\d_]{2,15}\s?2\s?[^\W\d_]{2,15}\s?3\s?[^\W\d_]{2,15}\s?4\s?[^\W\d_]{2,15}\s?5\s?[^\W\d_]{2,15}(?:\s?\([^()]{0,40}\))?$"
    r"|^(?:contact|e-?mail|email us|kontakt|contacto|contatto)\s?:\s?\[email\s?protected\]$"
    # (PROTECTED_ADDRESS_ALONE: the hidden address alone on its line, maybe in angle brackets: "<[email protected]>")
    r"|^[<(]?\[email\s?protected\][>)]?$"
    # UPLOAD_FORM: a reader's picture upload box's notes ("File size must be less than 2Mb", "File types (jpg, png, gif)",
    # "You must have online publishing permission or full ownership of this image")
    r"|^(?:max(?:imum)? )?file (?:size (?:must be (?:less|smaller) than|limit|max)|types?\W+\(?(?:jpe?g|png|gif))[^.]{0,30}$"
    # IMPRINT_LINE: the masthead's imprint, an office and a name ("EDITOR IN CHIEF- JANE ROE", "Editor-in-Chief: Jane Roe")
    r"|^(?:editor[- ]in[- ]chief|managing editor|chief editor)\s?[-–:]\s?[^\W\d_][^\W\d_ .'-]*(?: [^\W\d_][^\W\d_.'-]*){1,5}$"
    r"|^you must have (?:online )?publishing permission or (?:full )?ownership of this (?:image|photo|file)\W*$"
    # BRACKETED_BUTTONS: a row of buttons, each name in brackets ("[Favoris] [Imprimer] [Envoyer] [Commenter]"); a row
    # holding a date is the page's labelled metadata ("【发布日期:2014-12-22】 【来源:】 【阅读:次】"), read as such
    r"|^(?!.*\d{4}[-/.年])(?:[\[【][^\[\]【】]{1,24}[\]】]\s*){3,}$"  # (and in lenticular brackets, "【打印】 【投稿】 【關閉】")
    # DANGLING_DASH_LABEL: a picker's label whose list the copy lost ("Metro cities -", "Other cities -"): up to three
    # words, one in lower case, and a dash ending the line (a dateline cut from its paragraph is a place's capitals)
    r"|^(?-i:[A-Z][a-z]*+(?: [A-Z][a-z]*+)?? [a-z]++(?: [A-Za-z]++)?) [-–]$"
    # READ_IN_LANGUAGE: the link to the page in the site's other language ("читать на русском →", "Читати українською",
    # "Read in English", "Lire en français")
    r"|^(?:читать на (?:русском|украинском|английском)|читати (?:українською|російською|англійською)|"
    r"read (?:it )?in (?:english|russian|ukrainian|french|spanish|german|arabic|chinese)|lire en (?:français|anglais)|"
    r"leer en (?:español|inglés)|auf deutsch lesen)\W*$"
    # GALLERY_COUNT: a gallery's count of its pictures and films ("56 Fotos und 2 Filmbeiträge", "12 photos and 2
    # videos", "8 Bilder"): a number and the medium, nothing else
    r"|^\d{1,4} (?:photos?|fotos?|pictures?|images?|bilder|videos?|filmbeiträge|films?|clips?|fotografie|zdjęć|zdjęcia)"
    r"(?:,? (?:and|und|et|y|e|i|en|og|och|&|\+) \d{1,4} (?:photos?|fotos?|pictures?|images?|bilder|videos?|filmbeiträge|"
    r"films?|clips?))?$"
    # HOME_SCREEN_CALL: a site's call to be added to the phone's home screen ("Add Example News to Home Screen")
    r"|^add [\w .'’&-]{1,40} to (?:your )?home ?screen$"
    # VIDEO_PLAYER_CALL: a player's button with its video's title ("Click to play video: 'Bridge reopens ...'")
    r"|^click to (?:play|watch) (?:the )?video\b"
    # CHANNEL_PROMO: a paper's call to its video channel and its broadcast slot ("Watch more of our videos on Example!",
    # "and live on Freeview channel 276")
    r"|^watch more (?:of )?(?:our )?videos? (?:on|at) [^.]{1,40}$|^(?:and )?(?:watch )?(?:live )?on freeview channel \d{1,4}\W*$"
    # SEARCH_BOX_PROMPTS: a search box's prompt and its results link in German and Finnish ("Geben Sie einen Suchbegriff
    # ein", "Näytä kaikki hakutulokset", "Show all search results")
    r"|^geben sie (?:einen |ein )?(?:suchbegriff|begriff|stichwort)\b.{0,60}$|^(?:näytä kaikki hakutulokset|show all (?:search )?results)$"
    # LISTING_ORDER: a listing's heading saying how it is ordered ("Feature Stories by Date", "Browse by Topic")
    r"|^(?:[\w'’-]++ ){0,3}(?:by|per|nach|par|por) (?:date|topic|category|month|year|author|subject|section|datum|thema)$"
    # DATED_LISTING: a listing's heading for a day ("All Press Releases for May 09, 2018")
    r"|^all (?:press releases|news|stories|articles|posts) (?:for|from|on|of) .{4,30}$"
    # CJK_LOGIN_FORM: a login box's labels ("檢索: 帳戶 密碼 記錄帳戶", "用户名 密码 登录": account, password)
    r"|^.{0,20}(?:密碼|密码|비밀번호|パスワード).{0,20}$"
    # LOGIN_FORM: the same box's labels in Latin and Cyrillic scripts, alone, a colon or a bullet beside them ("Şifre :",
    # "► Şifremi Unuttum", "E-posta :", "Mot de passe oublié ?", "► Üye olmak istiyorum")
    r"|^[►▶•>]?\s*(?:password|passwort|mot de passe|contraseña|senha|hasło|пароль|wachtwoord|lösenord|salasana|heslo|"
    r"jelszó|şifre|parola|kata sandi|e-posta|kullanıcı adı|username|user name|nom d'utilisateur|benutzername)\s*:$"
    rf"|^[►▶•>]?\s*(?:{FORGOT_PASSWORD}|üye olmak istiyorum)\W*$"
    # JAPANESE_SHARE_AND_PRINT: share buttons "on X", "on Facebook", "on LINE", and the print buttons ("Xでポスト",
    # "フェイスブックでシェア", "印刷 大きな文字で印刷": print, print in large type)
    r"|^(?:x|twitter|ツイッター|フェイスブック|facebook|ライン|line|はてな(?:ブックマーク)?)\s?[でに]\s?(?:ポスト|シェア|送る|共有|ツイート|追加)$"
    r"|^印刷(?: \S{0,12}印刷)?$"
    # NO_MORE_STORIES and CJK_LIST_LABELS: a listing's empty notice and its labels ("Başka haber bulunmuyor!", "最近の記事",
    # "ニュース一覧へ", "댓글 많은 뉴스": recent articles, to the news list, most commented news), a video box's ("Video đang
    # HOT"), a broadcast script's cue ("◀VCR▶")
    r"|^(?:başka haber bulunmuyor|no (?:more|other) (?:stories|news|articles)(?: found)?)\W*$"
    r"|^(?:最近の記事|最新の記事|ニュース一覧へ|記事一覧へ|一覧へ戻る|댓글 많은 뉴스|video đang hot)$"
    # VOTES_WIDGET: a rating box's count ("0 0 votes", "5 votes"); VISITOR_COUNTER: "您是第: 位访客" (you are visitor number)
    # (VOTES_CAST: a poll's count, "1596 abgegebene Stimmen", "1596 votes cast")
    r"|^(?:\d{1,6} ){1,2}votes?$|^\d{1,7} (?:abgegebene stimmen|votes cast|stimmen)$|^您是第\s?[:：]?\s?\d{0,9}\s?位访客$"
    # CJK_IMPRINT: a Chinese site's footer imprint, two of its labels on a line ("主管: ... 地址: ... 邮编: ...", "联系电话: ...
    # 传真: ..."): the owner, the address, the post code, the telephone, the fax, the submissions box
    r"|^(?=(?:.*?(?:主管|主办|地址|邮编|联系电话|电话|传真|投稿信箱|法律顾问|备案号)\s?[:：]){2})"
    r"|^◀\s?[a-z/ ]{2,12}\s?▶$"
    # DANGLING_SPONSOR_LABEL: a widget's label whose sponsor's logo was a picture ("Local Weather - Sponsored By:",
    # "Facebook Auto Publish Powered By :"): the label, nothing after it
    r"|^[^.!?]{0,40}?\b(?:sponsored|powered|presented|brought to you) by\s?:?$"
    # SOCIAL_PROFILE_LINK: a link to the site's profile on a platform ("Example News on Facebook", "ExampleDN on
    # Facebook"): up to three capitalised words shaped as a site's name (a news word last, or a capital inside a word),
    # "on" and the platform, alone on the line ("Crackdown on TikTok" is a sub-heading)
    r"|^(?-i:(?=[^ ]*?[a-z][A-Z]|(?:[A-Z][\w.&'’-]*+ ){0,2}(?:News|Times|Post|TV|FM|Radio|Daily|Online|Herald|Tribune|Journal|"
    r"Gazette|Press|Media|Network) on )[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,2}) on "
    r"(?-i:Facebook|Twitter|Instagram|YouTube|LinkedIn|TikTok|Telegram|Threads|Bluesky)$"
    # PRINT_EDITION_PROMO: "For more from the board meeting, please see this week's print edition."
    r"|^[^.!?]{0,80}?\b(?:see|read|pick up|find) (?:this week'?’?s|today'?’?s|tomorrow'?’?s|our|the) print edition\b[^.!?]{0,40}[.!]?$"
    # POWERED_BY: a footer's credit to the site's software ("Powered by Labrador CMS"), on a line of at most five words
    r"|^powered by [\w.-]++(?: [\w.-]++){0,2}$"
    # SITE_MAKER_CREDIT: and to its makers ("Proudly powered by Blogger", "Maintained and developed by Example Group
    # SAL.", "Designed and developed by Example Digital", "Website by Example Studio", "Template Created by Example ...
    # Inspired by ..."): the words for making a site, then "by" and up to five words of a name
    r"|^(?:proudly )?(?:powered|designed|developed|maintained|hosted|built|managed)(?: (?:and|&) (?:designed|developed|maintained|hosted|built|managed|powered))? by [\w.&-]++(?: [\w.&-]++){0,4}\.?$"
    r"|^(?:web ?site|site|web design|website design|theme|template)(?: (?:designed|developed|created|built|made))? by [\w.&-]++(?: [\w.&-]++){0,8}\.?$"
    # SEARCH_BOX_PROMPT: a search box's placeholder and hint ("Hi, what are you looking for?", "Type to search", "Press
    # Enter to search", "Search this site", "¿Qué estás buscando?", "Что вы ищете?")
    r"|^(?:(?:hi|hey|hello),? )?what are you (?:looking|searching) for\W*$"
    r"|^(?:type|start typing|press enter|hit enter|type and (?:hit|press) enter)(?: here)? to search\W*$"
    r"|^(?:search (?:this|the|our) (?:site|website|blog)|enter (?:your |a )?(?:search )?(?:term|terms|keywords?)|type your search(?: here)?)\W*$"
    r"|^¿?\s?(?:qué|que) (?:estás|está|estas) buscando\W*$|^(?:o )?que (?:você )?(?:procura|está procurando)\W*$"
    r"|^que recherchez-vous\W*$|^wonach suchen sie\W*$|^cosa stai cercando\W*$|^что вы ищете\W*$"
    # COMMENT_BOX_GATE: the comment box's counter, its login gate and a rating's call ("characters left", "Please Login",
    # "Be the 1st to vote."), and its rule against abuse ("The posting of advertisements, profanity, or personal attacks
    # is prohibited.")
    r"|^(?:\d{1,5} )?characters? (?:left|remaining)\W*$|^please (?:log ?in|sign ?in)(?: to (?:comment|vote|continue|reply))?\W*$"
    r"|^be the (?:1st|first) to (?:vote|rate|like|comment|review)(?: this(?: \w+)?)?\W*$"
    # (SHARE_YOUR_THOUGHTS: "Be the first to add your thoughts in the comments section ↓", the empty comment box's call)
    r"|^be the (?:1st|first) to (?:add|share|leave|post|give) your (?:thoughts|comments?|opinions?|views?)"
    r"(?: (?:in|to) the comments?(?: section)?| below| here)?\W*$"
    r"|^the posting of [^.]{0,80}\bis (?:prohibited|not (?:allowed|permitted))\.?$"
    # SERVICE_TAGLINE: the site's tagline naming who runs it ("Informing humanitarians worldwide 24/7 — a service provided
    # by UN OCHA", "A service of the Example Foundation"; archive.sources reads the name: OUTLET_SERVICE_OF)
    rf"|{SERVICE_TAGLINE_PATTERN}"
    # DEVELOPING_STORY_NOTICE: the notice that the story will change, and its call to come back ("This is a developing
    # story. Check back for updates as more information becomes available.", "This story will be updated.")
    r"|^this (?:is a developing story|story is developing|story (?:will|may) be updated)(?: and (?:will|may) be updated)?"
    r"[.!]?(?: (?:please )?(?:check back|refresh|stay tuned)[^.!?]{0,100}[.!]?)?$"
    # (FOREIGN_DEVELOPING_NOTICE: the same in Finnish and the Nordic languages, "Uutinen päivittyy.", "Juttua
    # päivitetään.", "Artikeln uppdateras.", "Saken oppdateres.", "Artiklen opdateres.")
    r"|^(?:uutinen|juttu) päivittyy\W*$|^juttua päivitetään\W*$|^(?:artikeln|nyheten) uppdateras\W*$"
    r"|^(?:saken|artikkelen|nyheten) (?:oppdateres|blir oppdatert)\W*$|^(?:artiklen|nyheden) (?:opdateres|bliver opdateret)\W*$"
    # (ROMANCE_DEVELOPING_NOTICE: and in the Romance languages, "Știre în curs de actualizare", "Noticia en desarrollo",
    # "Notícia em atualização", "Notizia in aggiornamento", "Article en cours d'actualisation", a line of its own)
    r"|^(?:[șş]tire|articol) [îi]n curs de (?:actualizare|dezvoltare)\W*$|^(?:noticia|información) en (?:desarrollo|actualización)\W*$"
    r"|^(?:notícia|matéria) em (?:atualização|desenvolvimento)\W*$|^(?:notizia|articolo) in (?:aggiornamento|evoluzione)\W*$"
    r"|^(?:article|information|info) en cours d['’]actualisation\W*$|^article mis à jour en continu\W*$"
    # (TIP_US: a paper's call for tips with its address, "Ved du noget? Tip os på tip@example.dk ...", "Vet du något?
    # Tipsa oss ...", "Vet du noe? Tips oss ...")
    r"|^(?:ved du noget|vet du något|vet du noe|har du et tip|har du tips)\?\s(?:tip os|tipsa oss|tips oss)\b.{0,120}$"
    # (SECTION_FIELD: "Section: Govt.", the section's label and name)
    r"|^section\s?:\s?[^\W\d_][\w.&'’-]*+(?: [\w.&'’-]++){0,2}$"
    # RELEASE_NUMBER: a press office's number for its release ("Release ID: 17-439", "News Release No. 2021-14")
    r"|^(?:news |press )?release (?:id|no\.?|number|#)\s?:?\s?[\w/-]{1,20}$"
    # (RECORD_ID: the content system's record number under its label, "ID: 6011", its next label perhaps glued on,
    # "ID: 6011upozornenie pre užívateľov")
    r"|^(?:article |story |post )?id\s?:\s?\d{2,12}(?:[^\W\d_][\w ]{0,40})?$"
    # KOREAN_TIP_CALL: a Korean broadcaster's call for tips and its address ("Example 뉴스는 24시간 여러분의 제보를
    # 기다립니다.", "기사제보 및 보도자료 제공 tips@example.com", tips and press releases to)
    r"|^.{0,40}제보를?\s?기다립니다\.?$|^기사\s?제보(?:\s?및\s?보도\s?자료)?(?:\s?제공)?\b.{0,120}$"
    # SIGN_UP_FORM: a newsletter's or a login's form, its fields, errors and thanks ("Enter your email address", "Invalid
    # email", "First name", "Thanks for signing up!", "Sign in to view more content"), and a player's "Video unavailable"
    r"|^(?:please )?(?:enter|type) (?:your|a valid) (?:e-?mail|email address|e-mail address)(?: address)?\W*$"
    r"|^(?:your )?e-?mail address\W*$|^invalid e-?mail(?: address)?\W*$|^first name\W*$|^last name\W*$"
    r"|^(?:thanks|thank you) for (?:signing up|subscribing|registering)\W*$"
    r"|^(?:sign|log) ?in to (?:view|see|read|access|continue|unlock)\b[^.!?]{0,40}\W*$"
    r"|^(?:this )?video (?:is )?unavailable\W*$"
    # (SITE_SURVEY: the site's feedback box, "Was this page helpful?", "What do you think of our website?", "Help us
    # improve by answering a few questions", in the archive's languages: "War diese Seite hilfreich?", "Vad tycker du om
    # polisens webbplats?", "Hjälp oss bli bättre ...", "Cette page vous a-t-elle été utile ?")
    r"|^(?:was|is) this (?:page|article|information|content|story) (?:helpful|useful)\W*(?:yes\W*no\W*)?$"
    r"|^what do you think (?:of|about) (?:our|this) (?:website|site|page)\W*$"
    r"|^help us (?:to )?improve(?: (?:our|this|the) (?:website|site|page|service|services))?(?: by [^.!?]{0,60})?\W*$"
    r"|^hjälp oss (?:att )?(?:bli bättre|förbättra (?:webbplatsen|sidan))\b[^.!?]{0,60}\W*$"
    r"|^vad tycker du om (?:\w+ )?(?:webbplatsen|webbplats|sidan)\W*$|^(?:war|ist) (?:diese seite|dieser artikel) hilfreich\W*$"
    r"|^(?:cette page|cet article) vous a-t-(?:elle|il) été utile\W*$|^¿?(?:te|le) (?:ha )?(?:resultado|parece) útil\b.{0,30}$"
    r"|^(?:was )?deze pagina (?:was )?nuttig\W*$|^czy ta strona (?:była )?(?:pomocna|przydatna)\W*$"
    r"|^(?:questa pagina|questo articolo) (?:è stat[oa] )?utile\W*$|^(?:esta página|este artigo) (?:foi|é) útil\W*$"
    # (RATE_THE_ARTICLE: "Bài viết hay? Hãy đánh giá bài viết", a rating box's call, "good article? rate it")
    r"|^(?:bài viết hay\?\s?)?hãy đánh giá bài viết\W*$|^(?:opina|comenta)(?:,\s?(?:opina|comenta))?\W*$"
    # (EMBED_PLACEHOLDER: an embed's marker the copy kept in square brackets, "[Gambas:Video Example]", "[Embed: video]")
    r"|^\[(?:gambas|embed|video|photo|foto|image|gallery|galeri|instagram|twitter|tweet|youtube|ad|iklan)\s?:[^\[\]]{0,40}\]$"
    # (NETWORK_PARTNER: a regional paper's note of the newsroom network it belongs to, "Partner im Redaktionsnetzwerk
    # Deutschland")
    r"|^partner (?:im|des) redaktionsnetzwerk(?:s)? deutschland\W*$"
    # (PROBED_CONTROLS: a cookie banner's title, the audio player's length, the comments' sort, a gallery's count, a
    # tags' label alone, the liking prompt, the pointer to the video above, "Réagir")
    r"|^we value your privacy\W*$|^listen\s?\(\d{1,2}\s?min(?:s|utes?)?\.?\)$"
    r"|^sort by\s?:?\s?(?:newest|oldest|best|top|most recent|most popular|popular)(?: first)?\W*$"
    r"|^(?:photo )?gallery\s?\(\d{1,3} (?:photos|images|pictures)\)$|^filed under\s?:?$|^réagir\W*$"
    r"|^(?:cet article|cette vidéo) vous a plu\s?\?$|^did you (?:like|enjoy) this (?:article|story)\W*$"
    r"|^hat ihnen (?:dieser artikel|der artikel) gefallen\W*$"
    r"|^watch the full (?:video|interview|segment|report) (?:above|below)\W*$"
    # (VIDEO_POINTER: "Check out the highlights from the game in the above video.", "See the full interview in the video
    # below": the call to play the page's video, its place said)
    r"|^(?:check out|watch|see|view) [^.!?]{0,80}?\bin the (?:above|below) video\W*$"
    r"|^(?:check out|watch|see|view) [^.!?]{0,80}?\bin the video (?:above|below)\W*$"
    r"|^this (?:story|article|post) has been updated(?: with (?:additional|new|more) (?:information|details|reporting))?\.?$"
    # (VIDEO_FIELDS: a video page's fields, "Video ID: 20170903 012", "Video on Demand:")
    r"|^video id\s?:\s?[\w -]{1,30}$|^video on demand\s?:?$"
    # (USERS_ONLINE: the site's count of readers online, "Usuários Online: 1", "Users online: 12")
    r"|^(?:usuários|usuarios|users|utenti|utilisateurs|benutzer|użytkownicy) online\s?:?\s?\d{1,6}$"
    # (EMPTY_PLAYLIST: the player's queue with nothing in it, "Up Next No more videos! Playlist is empty -")
    r"|^(?:up next\W{0,3})?no more videos\W{0,3}(?:(?:the )?playlist is empty\W*)?$"
    # (AUTOPLAY_COUNTDOWN: the player's count before the next video, "Autoplay in... 6 (Cancel)")
    r"|^(?:autoplay|up next|next video) in\W{0,4}\d{1,2}(?:\s?s(?:ec(?:onds)?)?)?\W{0,3}(?:cancel\W{0,2})?$"
    # NEXT_PART_POINTER: a column's pointer to its next part, "Next week: What's up with irregular heartbeats.", its title
    # capitalised and alone ("Next week: the second clinic opens." is the text's sentence)
    r"|^(?:next week|next time|coming next week|in next week['’]s column)\s?:\s(?-i:[A-Z])[^.!]{0,120}[.?]?$"
    # MEMBERS_ONLY_LABEL: a Japanese site's label for members' articles and its link ("会員限定記事会員サービス詳細"),
    # and the English one with its icon's name ("premium_icon Subscriber only", "Subscribers only")
    r"|^(?:有料)?会員限定(?:記事)?\s?(?:会員サービス(?:の)?詳細)?$"
    r"|^(?:premium[_ ]icon\s)?(?:subscribers?|members?|premium)[ -]only(?: (?:content|article|story))?$"
    # USER_RATING: a rating widget's score, "User Rating: 0 / 5"; MORE_AFTER_AN_ELLIPSIS: a summary's link, "...more";
    # EMPTY_TEMPLATE_FIELDS: a template's line whose fields were left empty, "in , ,"
    r"|^(?:user |reader |average )?rating\s?:\s?\d(?:[.,]\d)?\s?/\s?\d{1,2}$|^(?:\.{3}|…)\s?(?:more|read more|mehr|plus|más)$"
    r"|^[a-z]{1,3}(?:\s?,){2,}$"
    # NO_PHOTOS_NOTICE: a gallery's empty slot, "No photos for this article."
    r"|^no (?:photos?|images?|pictures?|videos?) (?:for|in|with) this (?:article|story|post)\.?$"
    # REACTION_PROMPT: the reactions widget's question, "What's your reaction?"
    r"|^what['’]?s your reaction\s?\??$|^what is your reaction\s?\??$"
    # WIRE_EDIT_NOTE: an agency's note on a re-sent story, bracketed alone on its line ("(This story refiles to fix typo in
    # headline)", "(Corrects spelling of name in paragraph 5)", "(Adds quotes, details)"): the desk's, no part of the text
    r"|^\((?:this story (?:has been )?)?(?:refiles?|refiled|corrects?|recasts?|adds?|updates?|fixes?|changes?|clarifies?|removes?|"
    r"deletes?|inserts?) (?:to|with|in|spelling|name|paragraph|para|paras|headline|dateline|byline|quotes?|details?|"
    r"comments?|background|figures?|typo|story|throughout|\d)\b[^()]{0,150}\)?$",  # (the note cut with the copy: "(This story refiles to fixed")
    re.IGNORECASE,
)


def short_line_matches(pattern: re.Pattern[str], text: str, max_words: int) -> bool:
    """A line of at most max_words words that the pattern matches from its start (the shape of many rules below)."""
    return spaced_words(text) <= max_words and bool(pattern.match(text.strip()))


def short_line_holds(pattern: re.Pattern[str], text: str, max_words: int) -> bool:
    """A line of at most max_words words in which the pattern is found anywhere."""
    return spaced_words(text) <= max_words and bool(pattern.search(text))


# AI_SUMMARY_NOTICE: an AI summary's label and its warning ("Resumen generado por Inteligencia Artificial", "La IA puede
# cometer errores u omisiones. ...", "AI-generated summary"): the widget's words, whatever summary follows.
AI_SUMMARY_NOTICE = re.compile(
    r"^(?:(?:ai|ia|ki)[- ]generated summary|summary generated by (?:ai|artificial intelligence)"
    # (AUTOMATIC_SUMMARY: "Resumen automático generado con Inteligencia Artificial", the widget's longer wording)
    r"|resumen (?:automático )?generado (?:automáticamente )?(?:por|con) (?:la )?(?:inteligencia artificial|ia)"
    r"|résumé (?:automatique )?généré par (?:l'|l’)?(?:ia|intelligence artificielle)"
    r"|ki-generierte zusammenfassung|zusammenfassung (?:von|durch) ki|riassunto generato (?:dall'|dall’|con l'|con l’)?ia"
    r"|resumo (?:automático )?gerado (?:por|com) (?:ia|inteligência artificial))\W*$"
    # (AI_WRITTEN_NOTICE: the site's note that a tool helped write the piece, "This article was generated with the help
    # of AI and reviewed by an editor.", "This story was written with the assistance of artificial intelligence.")
    r"|^this (?:article|story|content|summary|post) was (?:generated|written|created|produced|drafted)(?: in part)? "
    r"(?:with the (?:help|assistance|use|aid) of|using|by|with) (?:an? )?(?:ai|artificial intelligence|generative ai|ai tools?)\b"
    # (NORDIC_AI_SUMMARY: "Sammendraget er laget av ChatGPT og godkjent av Example.", "Sammanfattningen är gjord av AI")
    r"|^(?:sammendraget|sammendrag|sammanfattningen|resuméet|opsummeringen) (?:er|är) (?:laget|lavet|gjord|skapad|skrevet|"
    r"generert|genereret|genererad) (?:av|af|med|by) (?:chatgpt|ki|ai|kunstig intelligens|artificiell intelligens)\b"
    r"|^(?:(?:the )?ai|la ia|l'ia|l’ia|die ki|a ia) (?:can|may|puede|peut|kann|pode|può) "
    r"(?:make mistakes|cometer errores|faire des erreurs|fehler machen|cometer erros|commettere errori)\b"
    # ... and an AI voice reading the article ("🎙️ Voice is AI-generated. Inconsistencies may occur.")
    r"|^\W*(?:voice|audio|this audio|narration) (?:is|was) (?:ai|ai-)generated\b"
    r"|^\W*(?:this )?(?:audio|voice|narration) (?:is|was) (?:generated|created|produced) (?:by|with|using) (?:an? )?"
    r"(?:ai|artificial intelligence)\b",  # ("This audio is created with AI assistance")
    re.IGNORECASE,
)
MAX_AI_NOTICE_WORDS = 30


def ai_summary_notice(text: str, key: str) -> bool:
    return short_line_matches(AI_SUMMARY_NOTICE, text, MAX_AI_NOTICE_WORDS)


# AI_SUMMARY_POINTS: the points of an AI summary, bulleted, right above or right below its notice ("• 85 homes were
# flooded ..." / "Disclaimer: This summary was created using Artificial Intelligence (AI)"), with the box's short label
# over them ("Key points", "In short..."): the widget's, a shorter telling of the text. Only a notice naming a summary:
# "This article was written with the help of AI" under the text's own list leaves the list alone.
SUMMARY_WORD = re.compile(
    r"\b(?:summary|summarised|summarized|resumen|résumé|zusammenfassung|riassunto|resumo|samenvatting|sammendraget|"
    r"sammanfattningen|ringkasan|rangkuman)\b",
    re.IGNORECASE,
)
AI_WORD = re.compile(r"\b(?:ai|ia|ki|artificial intelligence|inteligencia artificial|kecerdasan buatan)\b", re.IGNORECASE)
MAX_SUMMARY_POINTS = 6
MAX_SUMMARY_LABEL_WORDS = 4


def ai_summary_points(cands: list[Candidate]) -> None:
    for i, cand in enumerate(cands):
        if not cand.dropped or not SUMMARY_WORD.search(cand.text) or not AI_WORD.search(cand.text):
            continue
        for step in (-1, 1):
            at, points = i + step, 0
            while 0 <= at < len(cands) and points < MAX_SUMMARY_POINTS and cands[at].bullet and not cands[at].forced:
                cands[at].rule, at, points = NAV_LABEL, at + step, points + 1
            label = cands[at] if points and 0 <= at < len(cands) else None
            stop = label is not None and label.text.rstrip().endswith(".") and not label.text.rstrip().endswith("...")
            if label is not None and not label.forced and label.words <= MAX_SUMMARY_LABEL_WORDS and not stop:
                label.rule = label.rule or NAV_LABEL


# SPACED_CJK_LABEL: a Chinese label spread with spaces to fill its box ("更 多", "首 页") is the label ("更多", "首页").
SPACED_CJK_LABEL = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,3}$")


# QUOTE_OPENS_NO_LABEL: a line opening a quotation it does not close ("“Help" where a copy stops) is the text's, never
# a control; a label in quotes ('"*" indicates required fields') closes them.
QUOTE_CLOSERS = {"“": "”", '"': '"', "«": "»", "„": "“”", "‘": "’"}


def _opens_a_quotation(text: str) -> bool:
    text = text.lstrip()
    closers = QUOTE_CLOSERS.get(text[:1])
    return closers is not None and not any(mark in text[1:] for mark in closers)


# BLOG_TOOLBAR: a blog host's bar over the post, two of its buttons or more and nothing else, one of them naming the blog
# or the post ("Edit post Follow this blog Administration + Create my blog", "Edit post Folge diesem Blog ...").
_BLOG_TOOLBAR_ITEM = (
    r"(?:edit (?:post|page)|follow this blog|folge diesem blog|suivre ce blog|seguir este blog|segui questo blog|"
    r"volg deze blog|obserwuj tego bloga|create (?:my|a) blog|créer mon blog|crear mi blog|blog erstellen|administration|"
    r"dashboard|customi[sz]e|new post|log in|log out|sign in|sign out)"
)
BLOG_TOOLBAR = re.compile(rf"^{_BLOG_TOOLBAR_ITEM}(?: {_BLOG_TOOLBAR_ITEM})+$")


# FOLLOW_TOPIC: a button to follow the article's topic, the verb and one capitalised word ("Følg Krimi", "Följ Sport",
# "Seuraa Politiikka"): a person's name to follow has two words at least, and stays for the credit rules.
FOLLOW_TOPIC = re.compile(r"^(?i:følg|följ|seuraa|folgen sie|follow)\s[A-ZÆØÅÄÖ][^\W\d_]{2,20}$")


def toolbar_buttons(text: str, key: str) -> bool:
    """BLOG_TOOLBAR and FOLLOW_TOPIC (above)."""
    if FOLLOW_TOPIC.match(text.strip()):
        return True  # FOLLOW_TOPIC
    return ("blog" in key or "post" in key) and bool(BLOG_TOOLBAR.match(key))


# NAME_DAY: the header's box naming whose name day it is today ("meniny má Emília", "Dnes má svátek Jana", "Imieniny:
# Anny, Joanny", "Ma névnapja van: Emília"): the day is today's, so a date line right beside it is the header's clock,
# not the article's date (NAME_DAY_BESIDE_THE_CLOCK).
NAME_DAY = re.compile(
    r"^(?:dnes\s|ma\s)?(?:meniny\smá|má\smeniny|meniny\smajú|majú\smeniny|svátek\smá|má\ssvátek|svátek\smají|"
    r"imieniny(?:\sobchodzą)?|névnap(?:ja)?(?:\svan)?|vārda\sdien[ai]s?|vardadien[iy]s)\s?:?\s\S.{0,80}$",
    re.I,
)


def name_day(text: str, key: str) -> bool:
    return bool(NAME_DAY.match(text.strip()))


# WRITERS_ARCHIVE_NAME: the link to the writer's other stories, naming the writer ("More by Jane Roe", "View all posts by
# Jane Roe", "Other articles by Jane Roe"): a control, gone from the text; archive.extract reads the name as the
# article's writer where no credit line names one (WRITER_FROM_THE_ARCHIVE_LINK).
WRITERS_ARCHIVE_NAME = re.compile(
    r"^(?i:view all posts by|more (?:posts |stories |articles )?by|(?:other|all|latest) (?:posts|stories|articles) by)\s"
    r"(?P<name>(?-i:[A-Z])[\w'’.-]++(?:\s(?-i:[A-Z])[\w'’.-]++){1,3})$"
)


def writers_archive_link(text: str, key: str) -> bool:
    return bool(WRITERS_ARCHIVE_NAME.match(text.strip()))


# PAGE_TURN_ROW: the links to the previous and the next story between double angles, with the section between bars
# ("<< Strong winds strand ferries | Travel News | Malaria puzzles travellers >>"): an article's line has no such ends.
PAGE_TURN_ANGLES = re.compile(r"^<<\s?[^<>]{3,240}?\s\|\s[^<>]{1,240}?\s?>>$")
# ARROW_ICON_CONTROLS: a slider's controls with the names of their arrow icons run into them ("arrow leftPrev Nextarrow
# right", "chevron-left Previous Next chevron-right"): only icon names and the words for back and forth.
ARROW_ICON_CONTROLS = re.compile(
    r"^(?:\s*+(?:(?:arrow|chevron|angle|caret)[ _-]?(?:left|right|back|forward)|prev|previous|next)){2,6}\s*+$", re.I
)


def page_turn_row(text: str, key: str) -> bool:
    """PAGE_TURN_ROW and ARROW_ICON_CONTROLS (above)."""
    stripped = text.strip()
    return bool(PAGE_TURN_ANGLES.match(stripped) or ARROW_ICON_CONTROLS.match(stripped))


# WHAT_DO_YOU_THINK: the comment box's question to the reader alone on its line ("¿Y tú qué opinas?", "Tú que opina de
# este post", "What do you think of this story?"), naming the reader or the post: a bare "What do you think?" may be an
# interviewer's question, and stays.
WHAT_DO_YOU_THINK = re.compile(
    r"^(?:¿\s?)?y\s(?:tú|tu|usted),?\s(?:qué|que)\s(?:opinas?|piensas?)\s?\??$"
    r"|^(?:¿\s?)?(?:tú\s|usted\s)?(?:qué|que)\s(?:opinas?|piensas?)\s(?:de|sobre)\s(?:este|esta)\s"
    r"(?:post|artículo|articulo|noticia|entrada|tema)\s?\??$"
    r"|^what do you think (?:of|about) this (?:story|article|post)\s?\??$",
    re.I,
)


# DESK_INITIALS_SIGNOFF: a wire desk's initials in small letters with their slashes, alone under the copy's last line
# ("soni/", "ksk/sdr", "arn/mtp/"), as Indian agencies sign their copy: no word of the text.
# (CHOICE_WITH_A_SLASH: "and/or" and its kind in other languages are words, a choice, no initials)
DESK_INITIALS_SIGNOFF = re.compile(r"^[a-z]{2,8}+(?:/[a-z]{2,8}+){0,3}/?$")
CHOICE_WITH_A_SLASH = frozenset("and/or und/oder et/ou y/o e/o i/lub og/eller och/eller en/of ja/tai".split())


def desk_initials_signoff(text: str, key: str) -> bool:
    stripped = text.strip()
    return "/" in stripped and stripped not in CHOICE_WITH_A_SLASH and bool(DESK_INITIALS_SIGNOFF.match(stripped))


def opinion_prompt(text: str, key: str) -> bool:
    return bool(WHAT_DO_YOU_THINK.match(text.strip()))


# GALLERY_PHOTO_NUMBER: a gallery's picture named by the story's headline and its number ("Sentence passed on the riot's
# leaders - Фото 1", "... – Photo 3"): the picture's caption, no line of the text.
GALLERY_PHOTO_NUMBER = re.compile(
    r"\s[-–—]\s(?i:фото|photo|foto|fotó|kuva|bild|zdjęcie|imagen|imagem|immagine|снимка|світлина)\s\d{1,3}$"
)


def gallery_photo_number(text: str, key: str) -> bool:
    return bool(GALLERY_PHOTO_NUMBER.search(text.rstrip()))


# VIEWS_AFTER_THE_DATE: a story card's section, date and count of readings with the multiplication sign ("Current
# affairs 9. december 2025 – 10684×"), maybe run onto its headline: the year, a dash and the count end the line.
VIEWS_AFTER_THE_DATE = re.compile(r"(?<!\d)\d{4}\s[-–—]\s\d{1,9}×$")


def views_after_the_date(text: str, key: str) -> bool:
    return bool(VIEWS_AFTER_THE_DATE.search(text.rstrip()))


def nav_label(text: str, key: str) -> bool:
    # Menu items and page controls on their own line ("Home", "Skip to content", "Loading ...", "Audio Only").
    return key in NAV_LABELS and not _opens_a_quotation(text)  # QUOTE_OPENS_NO_LABEL


# EMOJI_BETWEEN_LINKS: a row of the site's links, each with its icon ("Start the day smarter ☀️ March Madness news 🏀
# Results and schedule"): MIN_EMOJI_BETWEEN_WORDS pictographs or more standing between words. A headline may open or
# end with one; none is set between its words twice. Up to MAX_EMOJI_ROW_WORDS words, ending no sentence (a post's
# sentences may be strewn with them).
PICTOGRAPH = re.compile(r"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?")
MIN_EMOJI_BETWEEN_WORDS = 2
MAX_EMOJI_ROW_WORDS = 24


def emoji_between_links(text: str, key: str) -> bool:
    if spaced_words(text) > MAX_EMOJI_ROW_WORDS or ends_sentence(text):
        return False
    inner = [m for m in PICTOGRAPH.finditer(text) if text[: m.start()].strip() and text[m.end() :].strip()]
    return len(inner) >= MIN_EMOJI_BETWEEN_WORDS or len(MEDIA_ITEM_MARK.findall(text)) >= MIN_EMOJI_BETWEEN_WORDS


# MEDIA_MARKED_ITEMS: ... or a gallery's strip, each item opening with a camera's or a film's icon, the first one at the
# line's start ("📷 Key players Meteor shower up next 📷 Leaders at the dais"): the icon marks a picture's link
MEDIA_ITEM_MARK = re.compile(r"[\U0001f4f7\U0001f4f8\U0001f3a5\U0001f4f9\U0001f3ac]\ufe0f?")


# CJK_MENU_ROW: a Chinese site's menu row between bars ("首页|客户端|官方微博|报刊投稿|邮箱 中国示例网"): four items or
# more, each of at most eight characters, the last perhaps with the site's name after it, no sentence's comma or stop
# anywhere (a headline with one bar has two parts).
CJK_MENU_ROW = re.compile(r"^(?:[^\s|｜，。！？]{1,8}\s?[|｜]\s?){3,}[^|｜，。！？]{1,24}$")


def cjk_menu_row(text: str, key: str) -> bool:
    return bool(CJK_CHAR.search(text)) and bool(CJK_MENU_ROW.match(text.strip()))


# CJK_SKIP_LINK: the page's "skip to ..." links in Chinese, whatever they skip to ("跳轉至内容", "跳轉至主選單",
# "跳轉到更多DW網站"), numbered or not: "jump to" and a short name, no stop (a sentence saying it goes on).
CJK_SKIP_LINK = re.compile(r"^(?:\d{1,2}\.\s?)?(?:跳轉|跳转|跳)(?:至|到)[^\s，。,！？]{1,12}$")


def cjk_skip_link(text: str, key: str) -> bool:
    return bool(CJK_SKIP_LINK.match(text.strip())) or (
        len(text.strip()) <= MAX_JAPANESE_SKIP_CHARS and bool(JAPANESE_SKIP_LINK.search(text))
    )


# JAPANESE_SKIP_LINK: a Japanese page's note for screen readers that it skips the menus and goes to the text ("Example
# 新聞のニュースサイトです。ナビゲーションリンクをとばして、ページの本文へ移動します。", "This is Example Shimbun's news
# site. Skipping the navigation links, go to the page's text."), a short line.
JAPANESE_SKIP_LINK = re.compile(r"ナビゲーション[^。]{0,12}(?:とばして|飛ばして|スキップ)|本文へ(?:移動|ジャンプ|スキップ)します")
MAX_JAPANESE_SKIP_CHARS = 80


def page_machinery(text: str, key: str) -> bool:
    return bool(PAGE_MACHINERY.match(text.strip()))


# BREAKING_UPDATE_NOTICE: the wire's notice over a story it will rewrite ("THIS IS A BREAKING NEWS UPDATE. Check back
# soon for further information. Example's earlier story is below."), wherever the site prints it: longer than the
# short lines PAGE_MACHINERY reads
BREAKING_UPDATE_NOTICE = re.compile(
    r"^this is a breaking news update\.(?: check back[^.!?]{0,80}[.!])?(?: [\w'’. ]{1,30}['’]s earlier story is below\.)?$|"
    # (STORY_IS_BREAKING: "This story is breaking and will be updated.", "This is a developing story and will be updated.")
    r"^this (?:story|is a (?:developing|breaking) story)(?: is (?:breaking|developing))? and will be updated\W*$|"
    # (ARCHIVE_MIGRATION_NOTE: "This article was originally on a blog post platform and may be missing photos, graphics or
    # links.", a chain's note over its archive's old posts)
    r"^this (?:article|story|post) was originally (?:on|published on) a blog(?: post)? platform and may be missing\b",
    re.I,
)


# NEXT_STORY_LINK: another story's headline with the link's label after it ("Minister to visit the capital for the
# summit Next Story", "... Previous Article"): the pager under the article; the label capitalised, as a button's.
NEXT_STORY_LINK = re.compile(r"^\S.{8,240}?\s(?:Next|Previous|Prev)\s(?:Story|Article|Post)$")
NEXT_STORY_LABELS = ("Next Story", "Next Article", "Next Post", "Previous Story", "Previous Article", "Previous Post",
                     "Prev Story", "Prev Article", "Prev Post")  # fmt: skip


def next_story_link(text: str, key: str) -> bool:
    stripped = text.strip()
    return stripped.endswith(NEXT_STORY_LABELS) and bool(NEXT_STORY_LINK.match(stripped))


def breaking_update_notice(text: str, key: str) -> bool:
    return text.lstrip()[:4].casefold() == "this" and bool(BREAKING_UPDATE_NOTICE.match(text.strip()))


# SITE_NOTICE: the site's notices of any length, up to MAX_SITE_NOTICE_WORDS words: a theme's unpaid licence
# ("Example Theme License is not validated, Go to the theme options page ..."; THEME_LICENCE_NOTICE), the notice that
# its content is protected ("Copyrights protected: All the content on this website ..."; COPYRIGHT_PROTECTED), the
# newsroom's box about itself ("We are the news team of the Example Independent. We are here to ..."; ABOUT_THE_NEWSROOM),
# the desk's note on a change (EDITED_AT_NOTE)
SITE_NOTICE = re.compile(
    r"^[\w .-]{0,40}theme licen[cs]e is not validated\b|^copyrights? protected\s?:"
    r"|^we are the (?:news ?room|news team|editorial team|editors) (?:of|at|behind) "
    # (RECAPTCHA_NOTICE: "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.")
    r"|^this (?:site|form|page) is protected by recaptcha\b"
    # (USING_THE_SITE_IS_CONSENT: "By using our site you accept the terms of our Privacy Policy.")
    r"|^by (?:using|continuing to use|browsing|accessing) (?:our|this) (?:site|website|service)s?,? you (?:accept|agree|consent)\b"
    # (AUTHOR_ANSWERS_FOR_IT: a press portal's note that the writer answers for the text and owns its copyright, "Für den
    # Artikel ist der Verfasser verantwortlich, dem auch das Urheberrecht obliegt.")
    r"|^für den (?:artikel|inhalt|beitrag|text)(?: des artikels)? (?:ist|sind) (?:der|die) (?:verfasser|autor)\w* verantwortlich\b"
    # (EDITED_AT_NOTE: the desk's note on a change, "*Edited at 10:45am on 12 February to include a response from ...*")
    r"|^\*?(?:edited|updated|amended|corrected) at \d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.?m\.?)?\b[^*]{0,160}?\bto (?:include|add|correct|reflect|clarify)\b[^*]{0,160}\*?$",  # (the note alone)
    re.IGNORECASE,
)
MAX_SITE_NOTICE_WORDS = 60


def site_notice(text: str, key: str) -> bool:
    return short_line_matches(SITE_NOTICE, text, MAX_SITE_NOTICE_WORDS)


# LANGUAGE_SWITCH_END: the header's language switcher glued to the end of a line, two language codes or more ("... Наша
# цель — свободные и честные выборы в России. RU EN", "Home News DE | EN | FR"), or "EN" alone after words in another
# script ("Карта сайта Регионы Сервисы EN"): the site's slogan or menu, not the article's (a sentence ends before its
# codes; IT, AR and the other codes that are words too are not counted alone)
MAX_MAYBE_WORD_CODES = frozenset(("it", "ar", "no", "be", "by", "ge", "el"))
MIN_SWITCH_CODES = 2
MAX_MENU_BEFORE_EN_WORDS = 8  # ("EN" alone ends a menu's short line)


def _switch_code(word: str) -> bool:
    return word.isupper() and word.lower() in LANGUAGE_CODES  # (the switcher prints its codes in capitals)


def language_switch_end(text: str, key: str) -> bool:
    words = text.split()
    if len(words) < 2 or not _switch_code(words[-1].strip("|/")):
        return False
    codes = []
    for word in reversed(words):
        code = word.strip("|/")
        if _switch_code(code):
            codes.append(code.lower())
        elif code:
            break
    if len(codes) >= MIN_SWITCH_CODES and not set(codes) <= MAX_MAYBE_WORD_CODES:
        return len(codes) < len(words)  # (codes alone on a line: a menu the other rules judge)
    rest = " ".join(words[: len(words) - len(codes)])
    if codes not in (["en"], ["eng"]) or len(words) > MAX_MENU_BEFORE_EN_WORDS:
        return False
    return not any("a" <= ch.lower() <= "z" for ch in rest) and any(ch.isalpha() for ch in rest)


# SHARE_ITEM_VIA: a row of share links, each "Share this item via/on <network>" and the network's icon name ("Share
# this item via WhatsApp whatsapp Share this item on Flipboard flipboard"), long as the row may be.
SHARE_ITEM_VIA = re.compile(
    r"^(?:share this (?:item|story|article|post|page) (?:via|on|to|with) [\w.+-]++(?: [\w.+-]++)?+\s*+){1,12}$", re.I
)


# SHARE_LINKS_WITH_THE_TITLE: the same, each link's text the network and the headline it shares ("Share via email - Example
# patch released Share on Facebook - Example patch released Share on X - ..."): MIN_SHARE_LINKS links or more, the same
# words after each; a sentence does not repeat itself after "Share on".
SHARE_LINK_OPENING = re.compile(r"(?:^|\s)Share (?:via|on|to) [\w.+-]++(?: [A-Z][\w.+-]*+)? - ")
MIN_SHARE_LINKS = 2


def share_item_via(text: str, key: str) -> bool:
    if SHARE_ITEM_VIA.match(text.strip()):
        return True
    if not text.startswith("Share ") or " - " not in text:
        return False
    parts = [part.strip() for part in SHARE_LINK_OPENING.split(text.strip())]
    shared = parts[1:] if not parts[0] else []
    return len(shared) >= MIN_SHARE_LINKS and len(set(shared)) == 1 and bool(shared[0])  # SHARE_LINKS_WITH_THE_TITLE


# PHRASE_TICKER: one phrase of two words or more printed three times or more and nothing else ("Patients 13 Patients
# 13 Patients 13", a ticker's or a tag's text repeated by the page): no sentence repeats itself so.
MIN_TICKER_REPEATS = 3


def phrase_ticker(text: str, key: str) -> bool:
    words = text.split()
    for size in range(2, len(words) // MIN_TICKER_REPEATS + 1):
        if len(words) % size == 0 and words == words[:size] * (len(words) // size):
            return True
    return False


# SECTION_DASH_NEWS: one word, a dash or a bar, and the site's "News" ("Regionalliga - News", "Sport | Nachrichten"): the
# section's bar over its articles; a headline says more than its topic.
SECTION_DASH_NEWS = re.compile(
    r"^[^\W\d_][\w.&'’-]*+\s[-–—|]\s(?i:news|nachrichten|noticias|notícias|nouvelles|actualités|notizie|nieuws|nyheter|"
    r"uutiset|wiadomości|zprávy|новости|новини|haberler|berita|ειδήσεις)$"
)


# SECTIONS_NEWS_FOR_A_PLACE: a site's tagline, its sections' words and "news for" a place ("Local & National News for
# Example", "Travel & Tourism News of Example and rest of the UAE"): every word before "news" a section's, so "Good news
# for farmers" stays.
SECTIONS_NEWS_FOR_A_PLACE = re.compile(r"^(?P<kinds>\S+(?: \S+){0,3}) news (?:for|of|from|in|across) \S")
MAX_TAGLINE_WORDS = 12


# ISSUER_RELEASE_LABEL: the issuer's name before "Press Release" ("COUNTY OF ROCKLAND PRESS RELEASE", "Example County
# News Release"): the release's kind over its text, as "Press Release" alone is, never its headline. In capitals, or
# the issuer a public body by its word (ISSUER_WORDS): "Apple Issues Press Release" is a headline.
ISSUER_RELEASE_LABEL = re.compile(
    r"^(?P<issuer>[A-Z][\w.&'’-]*+(?:\s(?:[A-Z][\w.&'’-]*+|of|the|and|for)){0,5})\s(?i:press|news|media)\s(?i:release)s?$"
)
ISSUER_WORDS = frozenset("county city council department ministry office police government university state borough".split())


def _issuer_release_label(text: str) -> bool:
    found = ISSUER_RELEASE_LABEL.match(text)
    return found is not None and (text.isupper() or bool(set(found["issuer"].lower().split()) & ISSUER_WORDS))


def section_label(text: str, key: str) -> bool:
    # A section or rubric name on its own line ("Opinion", "World News", "Breaking News & Opinion"). Capitalised (or in a
    # script without capitals: "国内外ニュース"), no full stop.
    first = text[:1]
    if (
        not (first.isupper() or (first.isalpha() and first.lower() == first.upper()))
        or text.rstrip().endswith(".")
        or is_promo_label(key)
    ):
        return False
    if SECTION_DASH_NEWS.match(text.strip()) or _issuer_release_label(text.strip()):
        return True
    tagline = SECTIONS_NEWS_FOR_A_PLACE.match(key) if len(key.split()) <= MAX_TAGLINE_WORDS else None
    if tagline and all(w in SECTION_WORDS or w == "and" for w in tagline["kinds"].split()):
        return True  # SECTIONS_NEWS_FOR_A_PLACE
    words = key.split()
    return key in SECTION_LABELS or (1 < len(words) <= 5 and all(w in SECTION_WORDS for w in words) and words[-1] != "and")


def url_line(text: str, key: str) -> bool:
    # A bare web address or site name ("https://outlet.com/a/1", "Novinite.com"); a sentence naming a site is kept.
    return bool(URL_ONLY.match(text.strip("()[]<> ")))


# URL_ENCODED_TEXT: an image's alternative text as its address encodes it ("With+the+state+trophy+in+their+hands%2C+the+
# team+celebrates"): words joined by "+", no space; its decoded twin is the picture's caption (caption_twins).
URL_ENCODED_TEXT = re.compile(r"^[^\s+]++(?:\+[^\s+]++){3,}$")


# IMAGE_FILE_THEN_CAPTION: an image's file name opening the line, its caption after it ("hu-arrival-305.jpg Chinese
# President ... walks ..."): the copy put the picture's name and its caption together; no sentence opens with a file.
IMAGE_FILE_THEN_CAPTION = re.compile(r"^[\w-]++\.(?:jpe?g|png|gif|webp)\s++\S", re.I)


# PREFIXED_CAMERA_NAME: a gallery's pictures named from the camera's file, a short prefix and a hyphen before it, the
# count after a space or not ("w-IMG 7441", "WDJ-IMG 6996", "w-DSC03167", "w-foto2"): the prefix and the camera's word
# (IMG, DSC, DSCN, DSCF, foto, photo, pic) in one token, figures after
PREFIXED_CAMERA_NAME = re.compile(r"^[A-Za-z]{1,4}-(?i:img|dsc|dscn|dscf|foto|photo|pic)[ _]?\d{0,6}$")


# IMAGE_WITH_ITS_SIZE: a picture's name with its pixel size, as a theme's thumbnail is named ("Example 318x200",
# "harbour-view-1024x683"): the picture's, never text.
IMAGE_WITH_ITS_SIZE = re.compile(r"^\S.{0,60}?[\s_-]\d{2,4}x\d{2,4}$")


def image_with_its_size(text: str, key: str) -> bool:
    return bool(IMAGE_WITH_ITS_SIZE.match(text.strip()))


# CAMERA_NAME_SPACED: a camera's name for a picture with a space for its underscore ("IMG 3764", "DSC 0042")
CAMERA_NAME_SPACED = re.compile(r"^(?:IMG|DSC|DSCN|DSCF|PXL|MVIMG)\s\d{3,8}$")


# UNDERSCORED_FILE_STEM: a picture's file name without its extension, spaces in it and its last words joined by
# underscores ("Student March_JR_Nov.12_2015-4", "Harbour fire_2019_04"): a last word holding two underscores or more
# between letters or figures, two to MAX_FILE_STEM_WORDS words and no sentence's end. Prose joins no words so; a
# handle ("@jane_roe_1") is a post's.
MAX_FILE_STEM_WORDS = 8
MIN_STEM_PARTS = 3


def _underscored_word(word: str) -> bool:
    parts = word.split("_")
    return len(parts) >= MIN_STEM_PARTS and all(part and part[0].isalnum() and part[-1].isalnum() for part in parts)


def underscored_file_stem(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= MAX_FILE_STEM_WORDS  # (one token alone is a code's name or an address's slug: their rules')
        and "@" not in text
        and "://" not in text
        and _underscored_word(words[-1])
        and not ends_sentence(text.strip())
    )


def image_file(text: str, key: str) -> bool:
    # An image's file name where the image was ("1f2290ed.jpg", "IMG_0042.JPG"), or its name alone (IMAGE_SLUG).
    if PREFIXED_CAMERA_NAME.match(text.strip()) or CAMERA_NAME_SPACED.match(text.strip()) or underscored_file_stem(text):
        return True
    return bool(IMAGE_FILE_LINE.match(text) or IMAGE_SLUG_LINE.match(text) or URL_ENCODED_TEXT.match(text.strip()))


def image_file_then_caption(text: str, key: str) -> bool:
    return bool(IMAGE_FILE_THEN_CAPTION.match(text.strip()))


# CURRENCY_RATES: a header's exchange-rate box, two or more currencies' codes or signs each with its rate ("usd 92.26 |
# eur 99.70", "USD 41,25 EUR 44,80", "$ 92,26 € 99,70")
CURRENCY_RATES = re.compile(
    r"^(?>(?:usd|eur|gbp|cny|jpy|rub|uah|kzt|byn|try|chf|pln|czk|\$|€|£)\s?[:=]?\s?\d{1,6}(?:[.,]\d{1,4})?"
    r"(?:\s?[▲▼↑↓+-]\s?\d{1,4}(?:[.,]\d{1,4})?)?\s?[|/•·,;]?\s?){2,6}$",
    re.I,
)


# GLUED_RATE_CELLS: a rates or prices table's row copied with its cells glued ("CAD 0.65840.6394", "Corn
# ZCU14360363.25356.5362.5"): a code in capitals, perhaps after a word, then figures holding two decimal points or more in
# one run, which no sentence writes.
GLUED_RATE_CELLS = re.compile(r"^(?:[A-Z][a-z]{1,12} )?[A-Z]{2,6}\d{0,4} ?\d[\d,]*+\.\d++\.\d[\d.]*+$")


# QUOTE_FIGURES: a market ticker's quote, figures and signs only with a percent sign and a decimal figure ("34,5532$%
# 0.2", "3.006,05%1,50"): no word in it, so no sentence of the text (a results line, "Harbour 2-1", has its names).
QUOTE_FIGURES = re.compile(r"^(?=[^%]*+%)(?=[^.,]*+[.,]\d)[\d.,\s%$€£¥₺₽฿+\-−▲▼↑↓()]{4,40}$")


def currency_rates(text: str, key: str) -> bool:
    text = text.strip()
    return bool(CURRENCY_RATES.match(text) or GLUED_RATE_CELLS.match(text) or QUOTE_FIGURES.match(text))


def ticker(text: str, key: str) -> bool:
    # Three or more headlines run together with " | " ("Storm hits coast | Markets rally again | Team wins final").
    if text.count(" ... ") >= MIN_DOTTED_TICKER_ITEMS - 1:
        return _dotted_ticker(text)
    if text.rstrip().endswith(" |") and " | " in text.rstrip()[:-2]:
        # (BAR_LEFT_OPEN_AFTER_HEADLINES: two headlines or more with the bar after the last, "49 deals cement
        # partnership | Presidents hold talks |": a row of links, each item of MIN_OPEN_TICKER_ITEM_WORDS words or more)
        items = [p.strip() for p in text.rstrip()[:-2].split(" | ")]
        return all(len(item.split()) >= MIN_OPEN_TICKER_ITEM_WORDS for item in items)
    if text.count(" | ") < 2:
        return False
    parts = [p.strip() for p in text.split(" | ")]
    return len(parts) >= 3 and sum(1 for p in parts if len(p.split()) >= 4) >= 3


MIN_OPEN_TICKER_ITEM_WORDS = 3


# DOTTED_TICKER: a scrolling ticker's headlines joined by spaced dots ("Harbour pier closed ... Council approves
# new budget ... Ferry fares to rise .."): MIN_DOTTED_TICKER_ITEMS items or more, each capitalised,
# of two to MAX_DOTTED_TICKER_ITEM_WORDS words, none ending a sentence. A sentence trailing off ("We waited ... and
# waited ...") goes on in small letters.
MIN_DOTTED_TICKER_ITEMS = 3
MAX_DOTTED_TICKER_ITEM_WORDS = 10


def _dotted_ticker(text: str) -> bool:
    if re.search(r"[^\W_][.!?]$", text.rstrip()):
        return False  # (a sentence's full stop at the end: the ticker's last item trails off with dots, or without)
    items = [item.strip(" .") for item in text.split(" ... ")]
    return len(items) >= MIN_DOTTED_TICKER_ITEMS and all(
        item[:1].isupper() and 2 <= len(item.split()) <= MAX_DOTTED_TICKER_ITEM_WORDS and item[-1:] not in "!?" for item in items
    )


# PAYWALL_WORD_PAIR: a short line holding a word of subscribing and one of reading on ("Read the full article with a
# subscription", "Pour poursuivre la lecture de ce contenu, abonnez-vous", "Чтобы продолжить чтение, оформите
# подписку"), or the free articles a meter counts ("You have 3 free articles remaining"), or going on reading alone
# ("Per continuare a leggere questo articolo", "Want the full story?"), spoken to the reader: a "you", a question (or,
# going on reading, a line that ends no sentence). The text's own short sentence about a paper's readers ("The paper's
# subscribers read it daily.", "Officials urged residents to keep reading the notices.") says none of that, and stays.
SUBSCRIPTION_WORD = re.compile(
    r"(?<![^\W\d_])(?:subscri|abonn|abbona|suscri|assinant|assine|assinatura|подпис|передплат|subskryp|prenumer|předplat|"
    r"abonament|abo(?![^\W\d_]))",
    re.I,
)
READING_ON_WORD = re.compile(
    r"(?<![^\W\d_])(?:read(?:ing)?|lecture|lire|leggere|lettura|lesen|weiterlesen|leer|leyendo|lectura|ler|lendo|leitura|"
    r"читать|чтение|czytaj|czytać|czytania|lees|lezen|číst|full story|full article)(?![^\W\d_])",
    re.I,
)
READING_ON_ALONE = re.compile(
    r"(?:continue|keep) reading|want the full story|read the full (?:story|article)|poursuivre la lecture|continuer à lire|lire l['’]intégralité|"
    r"continuare a leggere|continuar (?:leyendo|lendo)|seguir leyendo|weiterlesen|продолжить чтение|czytaj dalej|lees verder|"
    r"(?:free|gratuit\w*|gratis|kostenlos\w*) (?:articles?|stories|artículos?|artigos?|articoli|artikel)\b.{0,20}"
    r"(?:remaining|left|limit|restant|restantes)|limit of free (?:articles|stories)",
    re.I,
)
SPOKEN_TO_THE_READER = re.compile(
    r"(?<![^\W\d_])(?:you|your|you've|you're|vous|votre|vos|tu|tus|te|du|dich|sie|ihr|ihnen|ihre|вы|вас|ваш|ты|twoj\w*|"
    r"masz|je|jouw|uw|você|voce|seu|sua|su|vostro|tuo)(?![^\W\d_])",
    re.I,
)
MAX_PAYWALL_PAIR_WORDS = 16


def _paywall_word_pair(text: str) -> bool:
    stripped = text.strip()
    if spaced_words(stripped) > MAX_PAYWALL_PAIR_WORDS:
        return False
    addressed = bool(SPOKEN_TO_THE_READER.search(stripped)) or stripped.endswith("?")
    if READING_ON_ALONE.search(stripped):
        return addressed or not ends_sentence(stripped)
    # (the pair needs the reader addressed: "Newspaper subscribers read more on phones" is a headline)
    return addressed and bool(SUBSCRIPTION_WORD.search(stripped) and READING_ON_WORD.search(stripped))


# COMMENT_LOGIN_PROMPT: a short line asking the reader to log in (or subscribe) to comment, in the archive's languages
# ("Zum Kommentieren bitte anmelden.", "Pour commenter, connectez-vous.", "Aby dodać komentarz, zaloguj się.",
# "Commenting is only available to subscribers."): a word of commenting and one of logging in, no more than
# MAX_COMMENT_PROMPT_WORDS words (COMMENT_FORM_PROMPT's). "Officials declined to comment." logs no one in.
COMMENT_WORD = re.compile(
    r"(?<![^\W\d_])(?:comment\w*|komment\w*|commenta\w*|comentar\w*|коммент\w*|комент\w*|komentarz\w*|komentář\w*|"
    r"reageren|reactie\w*|yorum\w*)",
    re.I,
)
LOG_IN_WORD = re.compile(
    r"(?<![^\W\d_])(?:log ?in|logged in|sign ?in|signed in|subscribers?|anmelden|angemeldet|einloggen|connectez|connecté|"
    r"identifier|iniciar sesión|inicia sesión|faça login|fazer login|effettuare il login|accedi|войдите|войти|"
    r"авторизуйтесь|увійти|увійдіть|zaloguj\w*|přihlásit|přihlaste|ingelogd|inloggen|giriş yap\w*|oturum aç\w*)(?![^\W\d_])",
    re.I,
)
# ... spoken to the reader: a "you", a purpose or a duty first ("To comment, ...", "Zum Kommentieren ...", "Aby ...",
# "Debes ...", "Il faut ..."), or comments kept for subscribers; "He logged in and read the comments." and "Subscribers
# posted comments about the corridor." report what someone did, and stay.
COMMENT_PROMPT_LEAD = re.compile(
    r"^(?:to comment|in order to comment|zum kommentieren|um zu kommentieren|pour (?:commenter|écrire|laisser|poster|"
    r"réagir)|per (?:commentare|lasciare)|para (?:comentar|dejar|deixar)|om te reageren|чтобы|для того|aby|debes|debe|"
    r"deve|devi|musisz|il faut|necesitas|bitte|please|you must|you need)(?![^\W\d_])"
    r"|\b(?:commenting|comments?) (?:is|are) (?:only )?(?:available|open|reserved) (?:to|for) subscribers\b",
    re.I,
)


def comment_login_prompt(text: str, key: str) -> bool:
    if spaced_words(text) > MAX_COMMENT_PROMPT_WORDS:
        return False
    if not (COMMENT_WORD.search(text) and LOG_IN_WORD.search(text)):
        return False
    return bool(SPOKEN_TO_THE_READER.search(text) or COMMENT_PROMPT_LEAD.search(text.strip()))


def paywall(text: str, key: str) -> bool:
    # Subscription prompts: "Start your 7-day free trial ...", "Subscribe to continue reading".
    if spaced_words(text) > BOILERPLATE_MAX_WORDS:
        return False
    if len(text) <= MAX_CJK_PAYWALL_CHARS and CJK_PAYWALL.search(text):
        return True
    if PAYWALL_LINE.match(text) or DONATION_APPEAL.match(text) or DONATION_PHRASE.search(text):
        return True
    return _paywall_word_pair(text)  # PAYWALL_WORD_PAIR


# CJK_PAYWALL: "订阅登录，以继续阅读全文！", "訂閱後即可繼續閱讀全文": a short line opening with subscribing or logging
# in, then reading on or reading the full text ("市民登录网站后可以阅读全文报告" is a sentence about the citizens).
CJK_PAYWALL = re.compile(
    r"^(?:请|請|立即)?(?:订阅|訂閱|登录|登錄|登入|会员|會員|付费|付費).{0,12}?(?:继续阅读|繼續閱讀|阅读全文|閱讀全文|查看全文|閲覧)"
)
MAX_CJK_PAYWALL_CHARS = 40


# FOREIGN_DISCLAIMER: the same boilerplate anywhere in a short line and in other languages ("Материалы ... не отражают
# позицию редакции", "Мнение автора может не совпадать с позицией редакции", "no reflejan necesariamente la opinión",
# "ne reflètent pas nécessairement", "geben nicht die Meinung der Redaktion wieder"): what a site says of its own pages.
# The ban is about the site's own voice: an English line names the writers, the comments or the site, and the
# French, Italian, Spanish and Portuguese ones the newsroom ("rédaction", "redazione", "línea editorial"): "The figures
# do not necessarily reflect the cost", "Las cifras no reflejan necesariamente la realidad" are the article's.
DISCLAIMER_ANYWHERE = re.compile(
    r"(?:do|does|did) not (?:necessarily )?reflect the (?:views?|positions?|opinions?|policy) of|"
    r"не (?:отражают|отражает|обязательно отражает) (?:\w+ ){0,2}(?:позици|мнени|точк)\w* (?:\w+ )?редакци|"
    r"может не совпадать с (?:мнением|позицией|точкой зрения) редакции|"
    r"не (?:відображають|відображає|обов.язково збігається з) (?:\w+ )?(?:позиці|думк)\w* редакці|"
    r"no reflejan? necesariamente|ne reflètent? pas (?:nécessairement )?(?:l[’']opinion|la position|les opinions|le point)|"
    r"non riflettono? (?:necessariamente )?(?:l[’']opinione|la posizione)|não refletem? necessariamente|"
    r"(?:gibt|geben) nicht (?:unbedingt |notwendigerweise )?die meinung der redaktion wieder|"
    r"nie (?:muszą |musi )?odzwierciedla(?:ją|ć)? (?:stanowiska|poglądów) redakcji",
    re.I,
)
SITES_OWN_VOICE = re.compile(
    r"\b(?:authors?|writers?|contributors?|columnists?|comments?|readers?|editorial|publication|newspaper|site|website|"
    r"station|rédaction|redazione|redacción|redação|redakcj\w*|redaktion|редакци\w*|редакці\w*|linea editoriale|"
    r"línea editorial|linha editorial|ligne éditoriale)\b",
    re.I,
)


# LABELLED_DISCLAIMER: a notice under the label "Disclaimer:" (in any of the languages above, and the Chinese "solemn
# statement", 郑重声明, that Chinese and Japanese copy sites print) runs longer than other
# boilerplate, an aggregator's explaining where its stories come from and who answers for them
DISCLAIMER_LABEL = re.compile(
    r"^(?:disclaimer|免责声明|免責聲明|郑重声明|鄭重声明|鄭重聲明|haftungsausschluss|aviso legal|descargo de responsabilidad|"
    # (LEGAL_WARNING_LABEL: "LEGAL WARNING: All rights of the published news ... are reserved by ...", "Yasal Uyarı:")
    r"отказ от ответственности|legal warning|legal notice|yasal uyarı)\s*[:：]",
    re.I,
)
LABELLED_DISCLAIMER_MAX_WORDS = 120


# SCRIPTS_OFF_NOTICE: a browser's notice that scripts are off may go on to explain what JavaScript is ("JavaScript is
# disabled in your web browser or browser is too old to support JavaScript. Today almost all web pages contain
# JavaScript, a scripting programming language that ...": 60 words), longer than other boilerplate
SCRIPTS_OFF_NOTICE = re.compile(
    r"^(?:javascript (?:is|seems to be) (?:disabled|turned off|not enabled) in your (?:web )?browser\b|"
    r"(?:please )?enable javascript (?:in your browser )?to (?:view|see|use|read)\b|"
    # (FOREIGN_SCRIPTS_OFF: the same call in the archive's languages, "Activa JavaScript para ver los comentarios",
    # "Veuillez activer JavaScript", "Bitte aktivieren Sie JavaScript", "Пожалуйста, включите JavaScript", "Lütfen
    # JavaScript'i etkinleştirin", "Abilita JavaScript", "Włącz JavaScript")
    r"(?:por favor,? |veuillez |bitte |пожалуйста,? |lütfen |per favore,? |proszę )?(?:activa|active|activez|activer|"
    r"aktivieren sie|aktiviere|включите|abilita|attiva|włącz|ative|habilite|habilita)\s+javascript\b|"
    r"(?:lütfen )?javascript['’]?i etkinleştirin\b|bitte aktivieren sie javascript\b)",
    re.I,
)


# FCC_FILE_HELP: the line under a broadcaster's public file links (FCC_PUBLIC_FILE in PAGE_MACHINERY) offering help
# with them ("For assistance accessing our public files, please contact ...")
FCC_FILE_HELP = re.compile(
    r"^for (?:assistance|help) (?:with )?(?:accessing|viewing|using) (?:our|the|its) (?:fcc )?public (?:inspection )?files?\b",
    re.I,
)


# AI_NOTICE: the site's notice that a machine wrote, summarised or translated the text ("This article was created by AI
# summarizing key points discussed. AI makes mistakes, ...", "This story was translated with artificial intelligence"):
# the notice opens with "This <article>" and says what made it.
# (FOREIGN_AI_NOTICE: the same in the archive's languages, a label perhaps before it, the machine named within the
# sentence and the making's verb too: "Let op: Dit artikel is gemaakt met Kunstmatige Intelligentie (AI).", "Dieser
# Artikel wurde mit KI erstellt."; "Este artículo de la ley ..." is a law's article)
AI_NOTICE = re.compile(
    r"^(?:this|the following) (?:article|summary|story|text|content|post|report|translation|page)\b[^.]{0,40}?"
    r"\b(?:created|generated|written|produced|translated|summari[sz]ed|prepared)\b[^.]{0,20}?"
    r"\b(?:by|with|using|through) (?:an? )?(?:ai|artificial intelligence|machine translation|machine)\b"
    r"|^(?:(?:let op|nota|hinweis|note|aviso|avviso)\s?:\s)?(?:dit (?:artikel|bericht)|dieser (?:artikel|text|beitrag)|"
    r"cet article|este (?:artículo|artigo|texto)|questo articolo)\b"
    r"(?=[^.]{0,80}?\b(?:gemaakt|geschreven|gegenereerd|erstellt|geschrieben|generiert|verfasst|rédigé|généré|écrit|créé|"
    r"generado|creado|redactado|escrito|elaborado|gerado|criado|generato|scritto|creato)\b)[^.]{0,60}?"
    r"\b(?:ai|ki|ia|kunstmatige intelligentie|künstliche[rn]? intelligenz|intelligence artificielle|inteligencia artificial|"
    r"inteligência artificial|intelligenza artificiale)\b",
    re.I,
)


# CITING_TERMS: a site's terms for quoting it, longer than other boilerplate ("While citing and using any materials on the
# Internet, links to the website example.net not lower than first paragraph are mandatory. In addition, ...")
CITING_TERMS = re.compile(
    r"^(?:when|while) (?:citing|quoting|using)\b[^.]{0,60}\b(?:links?|hyperlinks?|references?)\b.{0,80}?\b"
    r"(?:are|is) (?:mandatory|required|obligatory)",
    re.I,
)


# TRANSCRIPT_DIFFERS: a broadcaster's note over or under its transcript, that the text may differ from what was aired
# ("* 아래 텍스트는 실제 방송 내용과 차이가 있을 수 있으니 ...", "This transcript may differ from the broadcast", "Le texte
# peut différer de la diffusion"): the station's words, not the story's.
TRANSCRIPT_DIFFERS = re.compile(
    r"^\*?\s*(?:아래 텍스트는 실제 방송 내용과 차이가|(?:this )?transcript (?:may|might) (?:differ|not be in its final form)|"
    r"this is a rush transcript\b)",
    re.I,
)


# LIABILITY_NOTICE: a market data site's notice under its stories, as long as a labelled disclaimer ("Example Media or
# anyone involved with Example Media will not accept any liability for loss or damage as a result of reliance on the
# information ..."): its first sentence refuses liability for loss or damage; an article reports a refusal in its words.
LIABILITY_NOTICE = re.compile(
    r"^[^.!?]{0,80}?\b(?:will|does|do|shall) not accept any liability for (?:any )?loss or damage\b", re.I
)


def disclaimer(text: str, key: str) -> bool:
    # The outlet's boilerplate: "The views expressed are the author's own", "The views don't necessarily reflect those of X."
    if TRANSCRIPT_DIFFERS.match(text):
        return spaced_words(text) <= LABELLED_DISCLAIMER_MAX_WORDS  # TRANSCRIPT_DIFFERS
    if CITING_TERMS.match(text):
        return spaced_words(text) <= LABELLED_DISCLAIMER_MAX_WORDS
    if AI_NOTICE.match(text):
        return spaced_words(text) <= LABELLED_DISCLAIMER_MAX_WORDS
    if FCC_FILE_HELP.match(text):
        return spaced_words(text) <= BOILERPLATE_MAX_WORDS
    if " accept any liability " in text and LIABILITY_NOTICE.match(text):
        return spaced_words(text) <= LABELLED_DISCLAIMER_MAX_WORDS
    if DISCLAIMER_LABEL.match(text) or SCRIPTS_OFF_NOTICE.match(
        text
    ):  # (a CJK notice has no spaces: its length in words says nothing)
        return spaced_words(text) <= LABELLED_DISCLAIMER_MAX_WORDS
    if spaced_words(text) > BOILERPLATE_MAX_WORDS:
        return False
    return bool(DISCLAIMER_LINE.match(text) or (DISCLAIMER_ANYWHERE.search(text) and SITES_OWN_VOICE.search(text)))


# Each space run is entered at its start only ((?<!\s)), so a line of spaces is split in linear time.
BREADCRUMB_SPLIT = re.compile(r"(?:(?<!\s)\s*+)?(?:>|»|›|→)\s*|(?<!\s)\s++/\s*|(?:(?<!\s)\s*+)?/\s+|(?<!\s)\s++\|\s+")


# CJK_TRAIL: a Chinese site's trail runs to its topic's page, whose name is long ("新闻中心 > 国内新闻 > 2010年...第十次会议
# > 上合会议消息"): three sections or more, the first a short Chinese one, none with a sentence's punctuation.
MAX_CJK_TRAIL_SECTION_CHARS = 30
CJK_SENTENCE_MARKS = frozenset("。，、！？；,!?;")


def _cjk_trail(segments: list[str]) -> bool:
    first = segments[0].strip()
    return (
        len(segments) >= 3
        and bool(CJK_RUN.fullmatch(first))
        and len(first) <= 6
        and all(len(s.strip()) <= MAX_CJK_TRAIL_SECTION_CHARS and not CJK_SENTENCE_MARKS & set(s) for s in segments)
    )


SECTION_IN_LOWER_CASE = re.compile(r"[a-z]{3,15}")
MONEY_IN_SEGMENT = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:[$€£¥₹]|million|billion|euros?|dollars?)\b", re.I)


# CJK_TRAIL_TO_THE_TEXT: a Chinese trail's last part "正文" ("the text": "人民論壇網·國家治理網> 治理要聞> 正文") names
# the article's page itself, whatever the parts before it (a site's long name)
CJK_TRAIL_TO_THE_TEXT = frozenset(("正文", "正文内容", "正文內容"))


MIN_EMPTY_BARS = 2  # (one bar after a trail ends a widget's run, "Home>International | Schriftgröße: ... |")


def breadcrumb(text: str, key: str) -> bool:
    # "News > World", "Home » World » Asia", "News / World /": short capitalised segments joined by > » › or spaced / |,
    # or a section's link ending with its slash ("Cambodia News/").
    if not re.search(r">|»|›|→|\s/|/\s|\s\|\s|/$", text):
        return False
    if ">" in text and text[len(text.rstrip(" |")) :].count("|") >= MIN_EMPTY_BARS:
        text = text.rstrip(" |")  # EMPTY_BARS_AFTER_TRAIL: "Home>News Center>China | ||", the share bar's empty slots
    if "«" in text and text.find("»") > text.find("«"):
        return False  # GUILLEMETS_QUOTE: "Poutine, ce «meilleur ami»" closes a quotation, no trail's arrow
    if " / " in text and "»" not in text and ">" not in text and is_names_only(text):
        return False  # WRITERS_SLASHED: "Jane Roe /  John Doe", two writers' names, no sections'
    writer, _, agency = text.partition(" / ")
    if agency.strip().casefold() in WIRE_NAMES and is_names_only(writer):
        return False  # WRITER_SLASH_AGENCY: "Jane Roe / STT", the writer and the agency, no trail
    segments = [s for s in BREADCRUMB_SPLIT.split(text.strip()) if s.strip()]
    if not segments or len(segments) > 7:
        return False
    if len(segments) < 2 and not re.search(r"(?:>|»|›|/)\s*$", text):
        return False
    if "|" in text and not re.search(r">|»|›|/", text) and len(segments) < 3:
        return False  # "Jane Doe | Reuters" is a credit, not a breadcrumb
    if _cjk_trail(segments) or (len(segments) >= 2 and segments[-1].strip() in CJK_TRAIL_TO_THE_TEXT):
        return True
    if len(segments) == 2 and " / " in text and SECTION_IN_LOWER_CASE.fullmatch(segments[1].strip()):
        # LOWER_CASE_SECTION_CRUMB: the site's name and a section in lower case ("Example Bharat / state")
        return 1 <= word_count(segments[0]) <= 3 and segments[0][:1].isupper()
    if any(MONEY_IN_SEGMENT.search(segment) for segment in segments):
        return False  # MONEY_NOT_CRUMB: "Health Care > Up to $10 million", a category and its range, no site's sections
    for segment in segments:
        # (CJK_WORDS: a Chinese segment, "新闻中心", is counted by its characters and has no capital)
        capital = segment[:1].isupper() or bool(CJK_RUN.match(segment))
        if not 1 <= word_count(segment) <= 4 or not capital or segment[-1] in ".,;:!?。":
            return False
    # HEADLINE_BEFORE_THE_SITE: a page title, the headline in sentence case and the site's name after the arrow
    # ("Council approves harbour budget » Harbour Blog"): a trail runs from the site to the story, and no section's name
    # has MIN_HEADLINE_LOWER_WORDS words in small letters besides its glue words
    lower = [w for w in segments[0].split() if w[:1].islower() and w not in CRUMB_GLUE_WORDS]
    if len(segments) == 2 and len(lower) >= MIN_HEADLINE_LOWER_WORDS and word_count(segments[1]) <= 3:
        return False
    # TITLE_PAIR_NOT_CRUMB: a work's two titles and its country ("Harbour Lights / Lumières du Port (Belgium)") end with
    # a bracket; a trail's last section does not
    return not text.rstrip().endswith(")")


CRUMB_GLUE_WORDS = frozenset("and of the for in on & de la le el du des der die und y e et".split())
MIN_HEADLINE_LOWER_WORDS = 2


# READ_AT_SOURCE: an aggregator's link to the copy's source site ("Читать источник example.kz", "Read at source:
# example.com"), the label and a site's address alone on the line, ends its excerpt of the copy (an END_MARKER: the
# aggregator's other headlines follow).
READ_AT_SOURCE = re.compile(
    r"^(?:read (?:it |more )?(?:at|on) (?:the )?source|read the source|read the original at|читать (?:в )?источник[еа]?|"
    # (READ_FULL_STORY: "Read Full Story: Example.com", a digest's link to the copy's site)
    r"read (?:the )?full (?:story|article)(?: (?:at|on))?|"
    r"читать на сайте|читати (?:в )?джерел[іо]|дереккөзді оқу|kaynağında oku|lire (?:sur )?la source|leer en la fuente|"
    # ("Читать новость полностью на сайте "Example.ru"": read the news in full on the site, its name in quotes)
    r"читать (?:новость|статью|материал) (?:полностью )?на сайте|"
    r"zur quelle)\s*+:?\s*+[\"«„“]?(?:https?://)?(?P<site>[\w-]++(?:\.[\w-]++)++)(?:/\S*+)?[\"»“”]?\s*+$",
    re.I,
)


# PREVIOUS_OR_NEXT_GLUED: a theme's link to the previous or next post, its label glued to that post's headline
# ("Previous articleCouncil approves the budget", "Next postHarbour reopens"): the label in lower case run into a capital.
PREVIOUS_OR_NEXT_GLUED = re.compile(r"^(?:Previous|Next|Prev|Older|Newer) (?:article|post|story|entry)(?=[A-Z0-9\"“‘'])")
# PREVIOUS_OR_NEXT_LABELLED: the same link with its label and a colon ("上一篇: <headline>", "下一篇：...", "Previous
# article: ...", "Article précédent : ...", "Vorheriger Artikel: ..."), on a line of at most MAX_PREVIOUS_NEXT_CHARS.
PREVIOUS_OR_NEXT_LABELLED = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|上一則|下一則|前の記事|次の記事|이전\s?기사|다음\s?기사|"
    r"(?:previous|next) (?:article|post|story)|article (?:précédent|suivant)|(?:vorheriger|nächster) (?:artikel|beitrag)|"
    r"(?:vorherige|nächste) (?:meldung|nachricht|pressemitteilung)|"
    r"(?:artículo|articolo|artigo) (?:anterior|siguiente|precedente|successivo|seguinte)|предыдущая статья|следующая статья)"
    r"\s?[:：]\s?\S",
    re.I,
)
MAX_PREVIOUS_NEXT_CHARS = 160
# PREVIOUS_OR_NEXT_TITLED: the label in title case, a space, then the other post's headline ("Previous Article African
# Newspapers of Nigeria ...", "Next Post my wife threatened ..."): a theme's label; a sentence does not capitalise
# "Article" after "Previous". (Its line is a headline, which may run on into the post's first words: MAX_PREVIOUS_NEXT_TITLED_CHARS.)
PREVIOUS_OR_NEXT_TITLED = re.compile(r"^(?:Previous|Next) (?:Article|Post|Story|Entry) \S")
MAX_PREVIOUS_NEXT_TITLED_CHARS = 240
# (PREVIOUS_OR_NEXT_LOWER: the label in small letters before a capitalised headline, "Previous post Attaque d'un convoi
# ...", with no full stop at its end: a sentence, "Next story ideas were due. ...", ends with one)
PREVIOUS_OR_NEXT_LOWER = re.compile(r"^(?:Previous|Next) (?:article|post|story|entry) (?=[A-ZÀ-ÖØ-Þ0-9])")


# LINE_GLUED_TO_ITSELF: a link's text run into its own title on copying ("Example league tableExample league table",
# "ترتيب الدوري السعوديترتيب الدوري السعودي"): the same words twice, nothing between; no sentence is written so.
MIN_GLUED_HALF_CHARS = 6


def line_glued_to_itself(text: str, key: str) -> bool:
    stripped = text.strip()
    half = len(stripped) // 2
    return (
        len(stripped) % 2 == 0 and half >= MIN_GLUED_HALF_CHARS and stripped[:half] == stripped[half:] and " " in stripped[:half]
    )


def previous_or_next_glued(text: str, key: str) -> bool:
    stripped = text.strip()
    if PREVIOUS_OR_NEXT_GLUED.match(stripped):
        return True
    if len(stripped) <= MAX_PREVIOUS_NEXT_TITLED_CHARS and PREVIOUS_OR_NEXT_TITLED.match(stripped):
        return True
    if len(stripped) <= MAX_PREVIOUS_NEXT_TITLED_CHARS and PREVIOUS_OR_NEXT_LOWER.match(stripped):
        return not stripped.endswith((".", "!", "?"))
    return len(stripped) <= MAX_PREVIOUS_NEXT_CHARS and bool(PREVIOUS_OR_NEXT_LABELLED.match(stripped))


# LINK_ARROWS: a list's link marked with ">>" before its headline (">>Qatar : TotalEnergies choisi pour ..."): another
# story's, never a sentence of the article (a quotation marked »so« closes with its « mark, and is not read here).
LINK_ARROWS = re.compile(r"^>>>?\s?(?=[^\W\d_])")  # (or three, ">>>Example: Live Blog")
MAX_LINK_ARROWS_WORDS = 30


# READ_MORE_GLUED: the lead-in in small letters run onto the other story's headline with no space ("leer másLa Familia
# de La Fecha", "read moreHarbour council ..."), as a listing's link and its label are copied together
# (GO_DEEPER_ARROW: "Go deeperArrowJan 21, 2020", the lead-in, its arrow icon's name and the other story's day run
# together)
READ_MORE_GLUED = re.compile(
    r"^(?i:read more|leer\s+más|leia\s+mais|lire\s+la\s+suite|lire\s+plus|mehr\s+lesen|weiterlesen|leggi\s+tutto|"
    r"lees\s+meer|czytaj\s+więcej)(?=[A-ZÀ-ÖØ-ÞÑ«\"“])|^(?i:go deeper|read more|related)\s?Arrow(?=[A-Z0-9]|$)"
)


# FULL_ARTICLE_ELSEWHERE: an aggregator's link to the whole story on its source's site, in the languages of the archive's
# sources ("Läs hela artikeln på Example.se →", "Lire l'article complet sur Example.fr", "Lea el artículo completo en
# ..."), up to MAX_FULL_ARTICLE_LINK_WORDS words; a sentence about reading a document ("Read the full report at the
# library before the vote") opens otherwise or runs longer.
FULL_ARTICLE_ELSEWHERE = re.compile(
    r"^(?:läs hela (?:artikeln|texten)|læs hele artiklen|les hele (?:artikkelen|saken)|lue koko (?:artikkeli|juttu)|"
    r"lire l['’]article (?:complet|en entier)|lire la suite (?:sur|de l['’]article)|lea (?:el artículo|la nota|la noticia) completa?|"
    r"leia (?:a matéria|o artigo|a notícia|a reportagem) completa?|(?:lesen sie )?den (?:ganzen|vollständigen) artikel(?: lesen)?|"
    r"leggi l['’]articolo (?:completo|integrale)|lees het (?:volledige|hele) artikel|przeczytaj (?:cały|całość) artykuł\w*|"
    r"(?:читать|читайте) (?:полностью|статью полностью|полную версию)|tam metni oku|baca selengkapnya|"
    r"read (?:the )?(?:full|whole|complete|entire) (?:article|story) (?:on|at)\b)",
    re.I,
)
MAX_FULL_ARTICLE_LINK_WORDS = 10


def full_article_elsewhere(text: str, key: str) -> bool:
    return short_line_matches(FULL_ARTICLE_ELSEWHERE, text, MAX_FULL_ARTICLE_LINK_WORDS)


# LINK_ARROW_TAIL: a link's arrow after its words, set off by a space ("HOUR BY HOUR: Conditions for the next 36 hours »",
# "See the full list of winners ›"): MIN_ARROW_TAIL_WORDS to MAX_ARROW_TAIL_WORDS words of letters, no sentence's stop
# before the arrow, no opening guillemet on the line (French sets its closing one off by a space too: "« nous partons
# »"); a number and an arrow ("1 »") may be a score's or a list's.
LINK_ARROW_TAIL = re.compile(r"(?<=[^\s.!?])\s++(?:»|›|>>|→)$")
MIN_ARROW_TAIL_WORDS = 2
MAX_ARROW_TAIL_WORDS = 12


def _link_arrow_tail(text: str) -> bool:
    if spaced_words(text) > MAX_ARROW_TAIL_WORDS or "«" in text or "‹" in text or not LINK_ARROW_TAIL.search(text.rstrip()):
        return False
    return sum(1 for word in text.split() if any(ch.isalpha() for ch in word)) >= MIN_ARROW_TAIL_WORDS


def read_more(text: str, key: str) -> bool:
    # "READ MORE: <another story's headline>", "Related: ...", "Also read - ...": a link to another article.
    # A headline starts with a capital: "Also on the agenda: the new pier ..." goes on in lower case, a sentence.
    if LINK_ARROWS.match(text) and spaced_words(text) <= MAX_LINK_ARROWS_WORDS:
        return True
    if _link_arrow_tail(text):
        return True
    if READ_MORE_GLUED.match(text) and spaced_words(text) <= MAX_LINK_ARROWS_WORDS:
        return True
    if text[:1] in "([" and READ_MORE_IN_BRACKETS.match(text.strip()):
        return True  # READ_MORE_IN_BRACKETS
    if SEE_THEN_A_HEADLINE.match(text) and not ends_sentence(text.strip()) and spaced_words(text) <= MAX_TEASER_WORDS:
        return True  # SEE_THEN_A_HEADLINE
    lead = READ_MORE_LEAD.match(text) or READ_MORE_CAPS.match(text) or FOREIGN_READ_MORE_LEAD.match(text)
    bare = FOREIGN_READ_MORE_BARE.match(text) if lead is None else None
    # (WIDE_GAP_READ_MORE: "Lire aussi  La Turquie vote ...", the lead-in and the headline apart by the link's lost box:
    # two spaces or more, which no sentence puts after its first words)
    gap = bare is not None and text[bare.end() - 2 : bare.end()].isspace() and spaced_words(text) <= MAX_TEASER_WORDS
    if bare is not None and (text[:1].islower() or gap):
        following = text[bare.end() : bare.end() + 1]
        return following.isupper() or following.isdigit()  # LOWER_CASE_READ_MORE
    # (FOREIGN_CAPITALS_READ_MORE: the lead-in in capitals, as READ_MORE_CAPS, maybe with its full stop: "LEES OOK.
    # “China is klaar ...”", "LEIA TAMBÉM Governo anuncia ...")
    caps = FOREIGN_READ_MORE_STOP.match(text) if lead is None else None
    if caps is not None and text[: caps.end()].strip(" .").isupper() and not text[caps.end() :].isupper():
        return spaced_words(text) <= MAX_TEASER_WORDS  # (a headline in capitals throughout opens with no lead-in)
    if not lead or (text[lead.end() : lead.end() + 1].islower() and not BRAND_IN_CAMEL_CASE.match(text, lead.end())):
        return False
    if lead.group().strip(" :>»|-–—").casefold() in PARAGRAPH_LABELS and SECOND_SENTENCE.search(text, lead.end()):
        return False  # BACKGROUND_PARAGRAPH (below)
    return text.rstrip().endswith(":") or not is_promo_label(key)


# SEE_THEN_A_HEADLINE: "See:" and another story's capitalised headline, no sentence's stop at its end ("See: Museum
# reopens with new art show"): a link set between paragraphs. "See" is no lead-in of READ_MORE_LEAD's: "See: the map
# below." is a sentence's, and a lone "See:" may open a list of anything.
SEE_THEN_A_HEADLINE = re.compile(r"^(?:See|SEE)\s?:\s(?=[A-Z0-9\"“‘'])")


# READ_MORE_IN_BRACKETS: the link to another story set in brackets between paragraphs, its lead-in and a colon, then a
# capitalised headline ("(MORE: Where These Storms Could Strike Next)", "[Related: Harbour Pier Reopens]"): a sentence in
# brackets has no such lead-in.
READ_MORE_IN_BRACKETS = re.compile(
    r"^[(\[](?:more|related|read more|read also|see also|also read|also see|watch|related story|related article)\s?:\s?"
    r"(?-i:[A-Z\"“‘'])[^()\[\]]{2,200}[)\]]$"
    # (BRACKETED_READ_MORE_CUT: "[Read more News 6 TESS coverage: How long would ... | Ce", "read more" and the site's
    # name without a colon, the bracket cut off with the copy)
    r"|^\[read more (?-i:[A-Z0-9])[^\[\]]{2,200}$",
    re.I,
)


# BACKGROUND_PARAGRAPH: "Background:" may open a link to an older story or the article's own paragraph of background
# ("Background: the probe launched in April 2018 aboard a rocket. The rocket's maker holds ..."); two sentences or
# more after it are the article's, a link's headline is one.
PARAGRAPH_LABELS = frozenset(("background",))
SECOND_SENTENCE = re.compile(r"[a-z0-9)”\"'’][.!?] [A-Z\"“‘]")


# BRAND_IN_CAMEL_CASE: a headline may open with a brand written in small letters, a capital inside it ("More: iPad Deals:
# What To Buy", "Related: eBay Sells ..."); a sentence's word has no capital inside.
BRAND_IN_CAMEL_CASE = re.compile(r"[a-z]{1,2}[A-Z]\w*")


def teaser(text: str, key: str) -> bool:
    # A teaser that links away: ends with "Read more", "READ FULL", "Full Story:".
    # A long paragraph that happens to end so is kept: teasers are short, and dropping article text is the worse error.
    tail = text[-24:].lower()
    if not any(word in tail for word in ("more", "full", "reading", "story")):
        if not text.rstrip().rstrip(TEASER_CLOSING_MARKS).rstrip().lower().endswith(FOREIGN_TEASER_LAST_WORDS):
            return False
        return spaced_words(text) <= MAX_TEASER_WORDS and bool(FOREIGN_TEASER_TAIL.search(text))
    return (bool(TEASER_STRONG_TAIL.search(text)) and spaced_words(text) <= MAX_TEASER_WORDS) or key in (
        "full story",
        "read full",
    )


def photo_slug(text: str, key: str) -> bool:
    # Wire photo slugs: capitals and digits joined by two or more hyphens ("TOPSHOT-CHINA-BRI-FORUM"); "COVID-19" is not one.
    # A slug has letters: an ISO date line ("2022-01-27") is a dateline, not a slug.
    return bool(PHOTO_SLUG_LINE.match(text)) and any(c.isalpha() for c in text)


# CREDIT_SITE: a photo credit alone on its line may credit a site, by its address (archive.byline's SITE_NAME, with or
# without its scheme and closing slash), after a few words of the caption's language ("Фото: взято с сайта kremlin.ru",
# "taken from the site"; "Photo: screenshot from example.com"), in lower case. (Not at the end of another line: "Source:
# Example Wire - Photo: example.com" is a source line.)
MAX_SITE_CREDIT_WORDS = 6


def _site_credited(who: str) -> bool:
    """CREDIT_SITE (above)."""
    words = who.split()
    if not 0 < len(words) <= MAX_SITE_CREDIT_WORDS:
        return False
    address = words[-1].removesuffix("/")
    scheme = next((s for s in ("https://", "http://") if address.startswith(s)), "")
    return SITE_NAME.match(address[len(scheme) :]) is not None


MAX_CYRILLIC_BODY_CREDIT_WORDS = 4


# (a credit's own label again inside it names no title: "Foto: (Foto: Jane Roe/Example)", "Photos By: Graphic by ...")
CREDIT_LABELS_IN_A_CREDIT = frozenset(
    "by foto fotos photo photos picture pictures image images credit credits graphic graphics source video".split()
)


def _credit_who(who: str) -> bool:
    """The credited part of a photo credit names someone or an agency: capitalised words, @handles, "via", "/"."""
    words = who.replace("/", " / ").split()
    if not words or len(words) > 12:
        return False
    head = who.split(":")[0].strip(" ([")
    if ":" in who and head and head.casefold() not in CREDIT_LABELS_IN_A_CREDIT:
        return False  # VIDEO_TITLE_IN_BRACKETS: "[Video: Example Moon: by Land, Sea and Air]", a linked video's title
    glue = {"via", "and", "for", "of", "the", "by", "/", "courtesy", "file", "photo", "handout", "x", "de", "van", "von", "dela"}
    glue |= {"ul", "ur", "ud", "bin", "binti", "ibn", "al", "el", "ter", "ten"}  # (names' particles: "Jane ul Roe")
    # (ROMANCE_NAME_PARTS: "Fotografia: Jornal do Centro", "Foto: Diario del Example")
    glue |= {"do", "da", "dos", "das", "del", "della", "di", "du", "des", "la", "le", "y", "e"}
    # (FOREIGN_CREDIT_WORDS: "reproduction", "handout", "archive", "courtesy" in the credits of other languages: "Foto:
    # reprodução/TV Example", "Foto: divulgação")
    glue |= {"reprodução", "reproducción", "reproduction", "divulgação", "archivo", "arquivo", "archiv", "archivio", "cortesía"}
    glue |= {"чрез", "через"}  # ("via" in Bulgarian and Russian: "снимка: Jane Roe, Example чрез AP")
    glue |= {"in", "'t", "’t", "ten", "der", "den", "op"}  # (DUTCH_NAME_PARTS: "Foto: Arie in 't Veld", "Jan van der Berg")
    glue |= {"images", "photos", "pictures"}  # (LIBRARY_IN_SMALL_LETTERS: "(Credit: Getty images)")
    glue |= {
        "picture",
        "alliance",
    }  # (PICTURE_ALLIANCE: the German picture library in small letters, "Foto: picture alliance / dpa")
    # (CYRILLIC_BODY_CREDIT: Russian and Ukrainian write a body's name in sentence case, "Фото: Офіс президента",
    # "Пресс-служба мэрии": a capitalised first word, up to MAX_CYRILLIC_BODY_CREDIT_WORDS words)
    if "\u0410" <= words[0][:1] <= "\u042f" or words[0][:1] in "ЁІЇЄҐ":
        if len(words) <= MAX_CYRILLIC_BODY_CREDIT_WORDS and all(w[:1].isalpha() or w == "/" for w in words):
            return True
    # (a library's contributor after its slash goes by a handle in lower case: "Getty Images/goinyk")
    # (UNCASED_SCRIPTS: Hebrew, Arabic, Chinese have no capitals: their names pass as capitalised)
    return all(
        w[:1].isupper()
        or not w[:1].isalpha()
        or w[:1].lower() == w[:1].upper()
        or "\u10d0" <= w[:1] <= "\u10ff"  # (GEORGIAN: its names are written in Mkhedruli, which has no capitals in use)
        or w.lower() in glue
        or w in LOWER_CASE_AGENCIES  # ("Foto: dpa", "(Foto: dpa/Jane Roe)")
        or (i > 0 and words[i - 1] == "/")
        for i, w in enumerate(words)
    )


# BRACKETED_NAME_CREDIT: a photographer's name alone in brackets under a picture ("(Jane Example)"); an organisation's
# ("(Associated Press)", "(Example News)": a wire's sign-off) has one of these words in it.
BRACKETED_NAME = re.compile(r"^\((?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\s){1,2}[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\)$")
ORGANISATION_WORDS = frozenset(
    """press news agency service wire times post tv radio media network bureau staff daily herald tribune journal report
    agencies reuters group foundation institute ministry office police council""".split()
)


# NETWORK_PHOTO_CREDIT: a picture's source and the network it was taken from, after a bar ("Example Agency | X",
# "Jane Roe | Instagram"): one to four words, then a social network's name alone
NETWORK_PHOTO_CREDIT = re.compile(
    r"^[^\W\d_][\w.'’-]*+(?: [\w.'’-]++){0,3} \| (?:X|Twitter|Instagram|Facebook|TikTok|YouTube|Telegram|Flickr|Threads)$"
)


# LONE_PHOTO_WORD: the word for "photo" alone on its line, its credit lost ("Kuva", "nuotr", "Foto"): the picture's.
LONE_PHOTO_WORDS = frozenset(
    "photo foto fotó kuva nuotr nuotrauka снимка снимки фото фота zdjęcie bild ảnh 사진 照片".split()
    # (NORDIC_STOCK_PICTURE: "Genrebild.", "Arkivbild", "Arkivfoto": a stock or archive picture's label alone)
    + "genrebild arkivbild arkivfoto arkistokuva".split()
) | {
    "reprodução internet",  # (a Brazilian picture's credit alone: "reproduced from the internet")
    "reprodução",
}
# KOREAN_PROVIDED_BY: a name and 제공 ("provided by") alone on a line ("동작구 제공", "the district office's"): a picture's
# credit; a Korean sentence ends with 다.
KOREAN_PROVIDED_BY = re.compile(r"^[가-힣A-Za-z0-9·]{1,15}(?: [가-힣A-Za-z0-9·]{1,15}){0,2} ?제공$")


# CYRILLIC_MEDIA_CREDIT: "photo", "video" or both under their label in Russian or Ukrainian, then the source in any case
# ("Фото: поліція", "Фото, видео: twitter @Example, instagram @example", "Фото: пресс-служба мэрии"): their credits name
# services and accounts in lower case; a short line, no sentence
# (STILL_FRAME_CREDIT: a video's still or a screenshot credited to its source, with or without the colon: "Стоп-кадр
# Российская газета", "Скриншот: YouTube", "Кадр из видео")
CYRILLIC_MEDIA_CREDIT = re.compile(
    r"^(?:(?:фото|відео|видео)(?:(?:,| и| і| та) (?:фото|відео|видео))?\s?:|(?:стоп-кадр|скриншот|скріншот|кадр)(?!\w)\s?:?)"
    r"\s?\S[^.!?]{0,80}$",
    re.I,
)
MAX_CYRILLIC_CREDIT_WORDS = 8


# OPEN_SOURCES: a picture credited to "open sources" in lower case, as Ukrainian and Russian pages credit a picture found
# on the web ("Фото: з відкритих джерел", "Фото: из открытых источников")
OPEN_SOURCES = frozenset(
    (
        "з відкритих джерел",
        "із відкритих джерел",
        "відкриті джерела",
        "из открытых источников",
        "открытые источники",
        "open sources",
    )
)


# OWNER_PHOTO_IN_BRACKETS: a picture's owner and the word "photo" in brackets, alone on a line ("(Example Media file
# photo)", "(Example Times photo)", "(Example News photo illustration)"): the picture's credit.
OWNER_PHOTO_IN_BRACKETS = re.compile(
    r"^\((?:[A-Z][\w.&'’-]*+ ){1,4}(?i:file )?(?i:photo|photograph|picture|image)(?i: illustration)?\)$"
)


# PICTURE_SOURCE_LABEL: a picture's source under its own label ("Photo source: akorda", "Image credit: example.com"):
# the label says what the rest is, whatever its case (an official site's name in small letters), up to
# MAX_PICTURE_SOURCE_WORDS words.
# (CREDITS_FOTO: the Italian order, "Credits foto: Example", "Credit foto: Jane Roe")
PICTURE_SOURCE_LABEL = re.compile(
    r"^[(\[]?(?:(?:photo|image|picture|video)s?\s(?:source|credit)s?|credits?\sfoto)\s?:\s*+\S", re.I
)
MAX_PICTURE_SOURCE_WORDS = 8
# PHOTO_FROM_THE_SOURCE: "Photo from RNZ", "Image from Example Council", "Foto de Example": the picture's word, "from" and
# its source, capitalised, alone on a short line (PICTURE_SOURCE_LABEL's words limit)
PHOTO_FROM_THE_SOURCE = re.compile(
    r"^[(\[]?(?:photo|image|picture|foto|imagen|imagem)s?\s(?:from|de|da|von|di)\s(?-i:[A-Z])", re.I
)
MAX_STOPPED_SOURCE_WORDS = 4
# PHOTOGRAPHER_INITIALS: the picture's label and its photographer's initials in small letters ("Foto: jus", "Photo: jr")
PHOTOGRAPHER_INITIALS = re.compile(r"^(?:Foto|Fotos|Photo|Photos|Bild|Bilder)\s?:\s?[a-z]{2,4}\.?$")


# PHOTOGRAPHER_IN_BRACKETS: a caption's sentence, then its photographer's full name alone in brackets ("Bis alle sitzen,
# gilt Maskenpflicht. (Jane Roe)"), on a line of at most MAX_BRACKETED_PHOTOGRAPHER_CAPTION_WORDS words: an agency's
# name there is the wire's sign-off (archive.sources), a place or one word no person's.
PHOTOGRAPHER_IN_BRACKETS = re.compile(r"(?<=[.!?])\s?\((?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,2})\)\s*$")
MAX_BRACKETED_PHOTOGRAPHER_CAPTION_WORDS = 30


def photographer_in_brackets(text: str, key: str) -> bool:
    if spaced_words(text) > MAX_BRACKETED_PHOTOGRAPHER_CAPTION_WORDS:
        return False
    found = PHOTOGRAPHER_IN_BRACKETS.search(text)
    if found is None or found["name"].casefold() in WIRE_NAMES or names_a_place(found["name"]):
        return False
    return is_names_only(found["name"])


# ALT_TEXT_IMAGE_OF: a picture's alternative text, "image of the spacecraft flying by an asteroid": the picture's word
# in small letters opening the line (no sentence of the text opens so) and no sentence's end.
ALT_TEXT_IMAGE_OF = re.compile(
    r"^(?:an? )?(?:image|photo|picture|illustration|graphic|rendering) of [^.!?]{3,160}$"
    # (PROFILE_PICTURE_ALT: an account's picture named by its alternative text, "Associated Press's Profile Picture")
    r"|^[^.!?]{2,60}['’]s? (?i:profile (?:picture|photo|image))$"
)


# PHOTO_LABEL_CAPTION: a line opening with the picture's label and its colon, then the caption's sentences ("Фото:
# Очередная победа ...", "Photo: Firefighters at the scene on Monday."): the picture's caption however long (up to
# MAX_PHOTO_LABEL_CAPTION_WORDS words) when it ends a sentence (a headline after the label is the picture's alternative
# text, the headline's twin); the article's own sentences never open with the label.
PHOTO_LABEL_CAPTION = re.compile(r"^(?:photos?|фото|fotos?|zdjęcie|bild|kuva|снимка)\s?:\s?\S", re.I)
MAX_PHOTO_LABEL_CAPTION_WORDS = 80


# MAP_ATTRIBUTION: an embedded map's credit to its data's makers ("Mapy poskytuje © SHOCart a přispěvatelé
# OpenStreetMap. ...", "© OpenStreetMap contributors"), with the map's sign or its contributors' word: the map's, as a
# picture's credit is its picture's, on a line of up to MAX_MAP_ATTRIBUTION_WORDS words.
MAP_ATTRIBUTION = re.compile(
    r"(?:©|\(c\)|copyright)[^.]{0,80}?\bopenstreetmap\b|\bopenstreetmap\s(?:contributors|přispěvatelé|prispievatelia|"
    r"mitwirkende|contributeurs|colaboradores|collaboratori|bijdragers|współtwórcy)\b",
    re.I,
)
MAX_MAP_ATTRIBUTION_WORDS = 40


# AGENCY_CAPTION_OPENING: a picture agency's house style opens its caption with the place and the day in capitals, a
# dash between, and a colon ("OROVILLE, CA - JULY 09: A burned out car sits ..."): the picture's caption however long.
# An article's dateline names the day in small letters, or after the place with a dash and no colon.
AGENCY_CAPTION_OPENING = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}, [A-Z][A-Z.'’ ]{1,30} [-–] (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
    r"OCTOBER|NOVEMBER|DECEMBER) \d{1,2}: (?=[A-Z\d\"“])"
)


def labelled_caption(text: str, key: str) -> bool:
    # CREDIT_THEN_ITS_CAPTION, a caption of any length; ALT_TEXT_IMAGE_OF; PHOTO_LABEL_CAPTION; AGENCY_CAPTION_OPENING;
    # MAP_ATTRIBUTION
    if AGENCY_CAPTION_OPENING.match(text.strip()):
        return True
    if short_line_holds(MAP_ATTRIBUTION, text, MAX_MAP_ATTRIBUTION_WORDS):
        return True  # MAP_ATTRIBUTION
    if PHOTO_LABEL_CAPTION.match(text.strip()) and spaced_words(text) <= MAX_PHOTO_LABEL_CAPTION_WORDS and ends_sentence(text):
        return True
    return bool(CREDIT_THEN_ITS_CAPTION.match(text.strip()) or ALT_TEXT_IMAGE_OF.match(text.strip()))


def caption_credit(text: str, key: str) -> bool:
    # A photo credit alone: "(Photo : PEDRO PARDO/AFP via Getty Images)", "Photo: AFP", "Image source, Getty Images".
    if PICTURE_SOURCE_LABEL.match(text.strip()) and spaced_words(text) <= MAX_PICTURE_SOURCE_WORDS:
        return True
    if PHOTO_FROM_THE_SOURCE.match(text.strip()) and spaced_words(text) <= MAX_PICTURE_SOURCE_WORDS and not ends_sentence(text):
        return True
    # (SOURCE_WITH_ITS_STOP: "Image from Shutterstock.com.", a credit of up to MAX_STOPPED_SOURCE_WORDS words may end
    # with a full stop; "Images from NASA show the storm." is a sentence)
    if PHOTO_FROM_THE_SOURCE.match(text.strip()) and spaced_words(text) <= MAX_STOPPED_SOURCE_WORDS:
        return True
    if PHOTOGRAPHER_INITIALS.match(text.strip()):
        return True
    if key in LONE_PHOTO_WORDS or (text.endswith("제공") and KOREAN_PROVIDED_BY.match(text.strip())):
        return True
    if spaced_words(text) <= MAX_CYRILLIC_CREDIT_WORDS and CYRILLIC_MEDIA_CREDIT.match(text.strip()):
        return True
    if text[:1] == "(" and BRACKETED_NAME.match(text.strip()) and not set(key.split()) & ORGANISATION_WORDS:
        return True
    match = CREDIT_ONLY.match(text) or CREDIT_WITHOUT_COLON.match(text.strip())
    if match and (_credit_who(match.group("who")) or _site_credited(match.group("who"))):
        return True
    if match and match.group("who").strip(" .").casefold() in OPEN_SOURCES:
        return True  # OPEN_SOURCES
    if key in ("getty images", "afp via getty images", "image source getty images", "ap photo", "reuters photo", "file photo"):
        return True
    if key in ("ap file photo", "afp file photo", "reuters file photo", "epa file photo"):
        return True  # (AGENCY_FILE_PHOTO: an agency's file picture credited alone, "AP FILE PHOTO")
    if NETWORK_PHOTO_CREDIT.match(text.strip()) or OWNER_PHOTO_IN_BRACKETS.match(text.strip()):
        return True
    if NAME_THEN_PHOTO.match(text.strip()) or PHOTOS_WITH_PERMISSION.match(text.strip()) or COURTESY_IN_BRACKETS.match(text):
        return True
    if SCREENSHOT_IN_BRACKETS.match(text):
        return True
    stripped = text.strip("() ")
    return bool(WIRE_PHOTO_CREDIT.match(stripped)) and len(stripped.split()) <= 8 and not ends_sentence(stripped.rstrip(")"))


# A caption labelled as one by the page ("Image caption ...", "Media caption ...") or saying what the photo shows
# ("Photo shows ...", "Photo taken on May 5, 2019 shows ...").
# (The label may be run into the caption, "image captionJudge Peter Bowers said ...", when the page's hidden label
# is copied with it.)
# (Caption-speak: "Photo shows" with a capital and no article; "The photo shows that ..." is a sentence.)
# (CJK_CAPTION_LABEL: "图：志愿者领取倡议书", "圖片：..." -- "picture:" -- opens a Chinese caption)
# (BBC_CAPTION_LABELS: the same labels on the broadcaster's services in other languages, "视频加注文字", "图像来源",
# "Подпись к фото", "Автор фото", "Pie de foto", "Fuente de la imagen", "Legenda da foto", widely reprinted)
CAPTION_LABEL = re.compile(
    r"^(?:视频加注文字|視頻加註文字|图像加注文字|圖像加註文字|图像来源|圖像來源|Подпись к (?:фото|видео)|Автор фото|"
    r"Pie de foto|Fuente de la imagen|[Dd]escripción de la imagen|Legenda da foto|Crédito da imagem|Légende de la photo|Bildunterschrift|Bildquelle|"
    r"Bildlegende|Popisek)\b"  # (Swiss German and Czech "caption")
    r"|^(?:[Ii]mage|[Mm]edia|[Vv]ideo|[Pp]hoto) caption(?:text)?(?:\b|(?=[A-Z]))|^(?:Caption|CAPTION)\s?:\s"
    # (BBC_CREDIT_LABELS: the credit's and the caption's labels as the broadcaster's pages print them, or as a
    # translation of its other services renders them: "image copyright Reuters", "photo comment,", "Image source, EPA")
    r"|^(?i:image|photo|picture) (?:copyright|comment|source)(?:[,:]?\s+(?=[A-Z])|[,:]?$)"
    # (ICON_GLUED_CAPTION: the picture's icon's text run into its caption, "Camera IconDarker red indicates ...")
    r"|^(?:Camera|Image|Photo|Gallery) ?Icon(?=[A-Z])"
    # (MEDIA_BAR_LABEL: a player's or a picture's label and its title after a bar, "Image | WILDFIRE", "Media Video | ...")
    r"|^(?:Image|Media Video|Media Audio|Video|Audio|Photo|Gallery) \| (?=\S)|^(?:Photo|Picture)(?: taken (?:on|in) [\w ,]{3,30}?)? shows (?!that\b)"
    r"|^(?:图|圖|图片|圖片|图为|圖為)\s*[:：]"
    # (BRACKETED_PICTURE_NOTE: what a map, a picture or a chart shows, the whole line in square brackets, "[Map shows the
    # stretch of the road closed on Monday]", "[Pictured: the new ward]")
    r"|^\[(?i:map|picture|photo|image|graphic|chart|pictured|video)(?:\s|:)[^\[\]]{3,300}\]$"
    # ILLUSTRATIVE_PICTURE: a picture said to illustrate ("Imagine cu rol ilustrativ. Sursa: ISU", "Symbolbild: ...")
    r"|^(?i:illustrative (?:image|photo|picture)|(?:image|photo|picture) for illustration|imagine cu rol ilustrativ|"
    r"imagine ilustrativă|foto ilustrasi|gambar ilustrasi|image d'illustration|photo d'illustration|imagen ilustrativa|"
    r"imagem ilustrativa|foto ilustrativa|immagine illustrativa|immagine di repertorio|symbolbild|archivbild|"
    r"representational (?:image|photo|picture)|representative (?:image|photo|picture)|"  # (Indian papers' "Representational Image")
    # (Nordic, Dutch, Polish, Czech: "Kuvituskuva ...", "Arkivbild: ...", "Illustrasjonsfoto", "Archiefbeeld")
    r"kuvituskuva|arkistokuva|arkivbild|arkivfoto|illustrasjonsfoto|illustrasjonsbilde|archiefbeeld|archieffoto|"
    r"illustratiebeeld|zdjęcie ilustracyjne|ilustrační (?:foto|snímek))\b"
    r"|^(?i:ilustrasi)\s*+[.:|/]"  # (the Indonesian label alone before its credit: "Ilustrasi. Example.id")
    # IMAGE_SEARCH_ALT: a picture copied from an image search keeps its alternative text ("Image result for harbour
    # strike"); a cover picture's caption in brackets ("(Cover: The logo of the summit ... /Example Agency)")
    r"|^Image result for\s"
    r"|^\((?:Cover|Cover image|Top image|Main image)\s*:\s"
    # SCREENSHOT_NOTE: a picture said to be a screen capture, in brackets alone on its line ("(capture écran Youtube)",
    # "(Screenshot: Example TV)", "(captura de pantalla)")
    r"|^[(\[](?i:capture d['’]écran|capture écran|capture vidéo|screenshot|screengrab|screen grab|captura de pantalla|"
    r"captura de tela|bildschirmfoto|screenshot da)\b[^()\[\]]{0,60}[)\]]$"
)
# A gallery control run on after a caption's credit ("... (Example Wire/Jane Doe) Photo Gallery"): cut off, the rest judged.
GALLERY_TAIL = re.compile(r"(?<!\s)\s+(?:photo gallery|view gallery|gallery|enlarge(?: this image)?|expand)$", re.I)
# "... Image copyright Example Agency": a credit run on (BBC-style pages print it next to the caption).
IMAGE_COPYRIGHT = re.compile(r"Image copyright\s+[A-Z][\w .&/-]{0,40}$")
MAX_IMAGE_COPYRIGHT_WORDS = 20
# DASH_WIRE_SIGNOFF: the agency after a full stop and a dash ends a caption ("... Moscow, March 20, 2023. - AP") or, on
# a longer line, a paragraph (Malaysian and Indian wire copy signs off so: "... yang terlibat. - Bernama") unless the
# picture's date ends it (CAPTION_DATE_END).
DASH_WIRE_END = re.compile(r"^[.!?]\s*[-–—]")
MAX_DASH_WIRE_CAPTION_WORDS = 15  # (a signed-off paragraph may be short: "According to ... in Penang. — Bernama")
# A wire story's sign-off ("... the minister said. (Xinhua)") names the agency alone: no photographer, no "Photo".
MAX_UNSTOPPED_CAPTION_WORDS = 25
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "»", ":", ";", ",")
# (AGENCIES_SIGNOFF: two agencies' names with a slash between them sign off a paragraph drawn from both, "(Xinhua/AP)")
_SIGNOFF_WIRES = r"(?:AP|Xinhua|XINHUA|Reuters|REUTERS|AFP|EPA|TASS|Sputnik)"
# (AGENCIES_LISTED: or more of them listed with commas, "(Xinhua, Reuters, AP)": a picture has one source)
BARE_WIRE_SIGNOFF = re.compile(rf"[(\[]\s*{_SIGNOFF_WIRES}(?:(?:\s?/\s?|,\s?){_SIGNOFF_WIRES}){{0,3}}\s*[)\]]\s*\.?$")
# A WordPress caption shortcode left in the text: [caption id="..."]...[/caption]
CAPTION_SHORTCODE = re.compile(r"^\[caption\b[^\]]{0,300}\].{0,300}\[/caption\]$", re.I)


# ILLUSTRATION_TAIL: a caption ends with the picture's label in brackets, saying it illustrates or comes from the
# archive ("... ce 20 octobre (Image d'illustration).", "(file photo)", "(Symbolbild)"): a paragraph ends otherwise.
ILLUSTRATION_TAIL = re.compile(
    r"[(\[](?i:(?:image|photo|foto|imagen|imagem|immagine|picture) (?:d'|d’|de |di |for )?(?:illustration|archives?|"
    r"archivo|arquivo|archivio|ilustrativa|illustrativa|ilustración|representation)|illustrative (?:image|photo|picture)|"
    r"file (?:photo|picture|image)|archive (?:photo|picture)|symbolbild|archivbild|symbolfoto|archivfoto|illustration|"
    r"ilustración|ilustrasi|ảnh minh họa|фото иллюстративное|иллюстративное фото|ілюстративне фото)"
    # (CREDIT_IN_THE_LABEL: the picture's owner after the label, "(Photo d'illustration Example)")
    r"(?:\s[^()\[\]\s][^()\[\]]{0,40})?[)\]]\.?$"
)


# PROVIDED_PICTURE_LABEL: ... or saying someone handed the picture out, in brackets after the caption's last word
# ("(Supplied)", "(Handout photo)", "(Contributed)", "(Submitted photo)", "(Courtesy of the health board)"): a
# paragraph ends with no such label ("figures (supplied by the council)." goes on past the word).
PROVIDED_PICTURE_LABEL = re.compile(
    r"[(\[](?i:(?:supplied|handout|contributed|submitted)(?:\s(?:photo|picture|image|photograph))?|courtesy\s(?:photo|of\s[^()\[\]]{2,40}))"
    r"[)\]]\.?$"
)


# ILLUSTRATION_AFTER_STOP: ... or with the label after its last full stop, without brackets ("Figurína policisty u
# silnice. Ilustrační foto", "... au centre-ville. Photo d'illustration"); JAPANESE_IMAGE_CREDIT: "(画像は...さん提供)", "the
# picture is provided by" or "from" someone, in brackets at a caption's end.
ILLUSTRATION_AFTER_STOP = re.compile(
    r"[.!?]\s++(?i:ilustrační (?:foto|snímek)|ilustračné foto|ilustračná snímka|zdjęcie ilustracyjne|foto ilustrativa|"
    r"imagen ilustrativa|imagem ilustrativa|immagine illustrativa|illustrative (?:image|photo|picture)|"
    r"(?:image|photo) d['’]illustration|symbolbild|archivbild|symbolfoto|archivfoto|foto ilustrasi|gambar ilustrasi|"
    r"representational (?:image|photo))\.?$"
)
# (KYODO_PHOTO_CREDIT: Japanese captions credit a picture "source=agency" in brackets, "(タス=共同)", "(ともにロイター=共同)":
# a text's sign-off is "(共同)" after its full stop, without the equals sign)
JAPANESE_IMAGE_CREDIT = re.compile(
    r"[（(]画像は[^（）()]{1,40}(?:[（(][^（）()]{1,30}[)）][^（）()]{0,20})?(?:提供|より)[)）]$"
    r"|(?<!。)[（(][^（）()。]{1,20}[=＝](?:共同|時事)[)）]$"
)


# PICTURE_POSITION_WORDS: a sentence pointing at where people or things stand in the picture ("Jane Roe, left, and John
# Doe ...", "Putin (r.) received ...", "Xi (on screen) attends ...", "buses made by Example (bottom) and Sample (top)")
# is a caption, up to MAX_POSITION_SENTENCE_WORDS words: no paragraph of the article points so. (Not a
# bare "(R)" or "(L)": a party's initial after a politician's name, "Gov. Jane Roe (R) said". POSITION_CAPTION, below, reads
# a short line ending with its position.)
MAX_POSITION_SENTENCE_WORDS = 60
PICTURE_POSITION = re.compile(
    r"\((?:left|right|centre|center|top|bottom|l\.|r\.|on screen|pictured|front row|back row|far left|far right|"
    r"second left|second right|from left|(?:second|third|fourth) from (?:left|right)|"
    # (FOREIGN_PICTURE_POSITIONS: "(kiri)", "(kanan)", "(izquierda)", "(à gauche)", "(links)", "(слева)", ...)
    r"kiri|kanan|tengah|izquierda|derecha|centro|gauche|droite|à gauche|à droite|links|rechts|mitte|sinistra|destra|"
    r"esquerda|direita|слева|справа|в центре|stânga|dreapta|balra|jobbra|vlevo|vpravo|z lewej|z prawej|solda|sağda|"
    # (MORE_PICTURE_POSITIONS: Bulgarian "(вляво)", "(вдясно)"; Ukrainian "(ліворуч)", "(праворуч)"; Danish and
    # Norwegian "(tv)", "(th)", "til venstre" and "til højre" cut short, in small letters: "(TV)" is television)
    r"вляво|вдясно|ліворуч|праворуч|зліва|(?-i:tv|th|t\.v\.|t\.h\.)|"
    r"左|右|中)\)|, (?:left|far left|second left|from left|seated|standing)[,:]|"
    # (FOREIGN_POSITION_BETWEEN_COMMAS: "Jan Novák y, a la derecha, Jane Roe", "..., à gauche, ...", "..., links, ...")
    r", (?:a la (?:derecha|izquierda)|à (?:direita|esquerda|droite|gauche)|a (?:destra|sinistra)|links|rechts|vlevo|"
    r"vpravo|z lewej|z prawej)[,:]|"
    r"\bpictured (?:here|above|below)\b",
    re.I,
)


DATE_LABEL_FIRST = re.compile(r"^(?:last )?(?:updated|published|posted|modified)\b", re.I)


# FILE_PHOTO_CAPTION: a wire's caption of a picture from its archive opens with "FILE" in capitals and a dash ("FILE - A
# flu vaccine is readied at ...", "FILE – In this June 12, 1979 file photo, ..."), however long it runs (the
# picture's story told again, its credit last): no sentence of an article opens so.
# (CORRECTION_CAPTION: an agency's corrected caption, "CORRECTS SPELLING OF ROE, NOT ROW - A girl cries as ...", the
# correction in capitals before the dash)
FILE_PHOTO_CAPTION = re.compile(r"^(?:FILE|CORRECTS [A-Z][A-Z0-9 ,'’.-]{2,80}?)\s?[-–—]\s(?=[A-Z])")


# ALT_TEXT_SHAPE: a picture's alternative text, "A chart showing a stock price moving higher", "An aerial view of the
# harbour": "A"/"An", the kind of picture or view and what it shows, without a stop, up to MAX_ALT_TEXT_SHAPE_WORDS
# words. A sentence opening so ("A photo of the suspect was released on Friday.") ends with its stop.
ALT_TEXT_SHAPE = re.compile(
    r"^(?:A|An) (?:chart|graph|graphic|photo|photograph|picture|image|illustration|screenshot|map|aerial view|close-up|"
    r"closeup|view) (?:showing|of|shows|depicting|with)\b"
)
MAX_ALT_TEXT_SHAPE_WORDS = 20
# ALT_TEXT_WITHOUT_ARTICLE: the same without "A", the kind of picture and a participle ("Map showing the pipeline's
# route", "Chart depicting gas exports"), no stop: a sub-heading names its subject, it does not point at a picture.
ALT_TEXT_WITHOUT_ARTICLE = re.compile(
    r"^(?:Chart|Graph|Graphic|Map|Photo|Photograph|Picture|Image|Illustration|Screenshot|Aerial view|Infographic) "
    r"(?:showing|depicting)\b"
)


# WIRE_CAPTION_OPENING: the agencies' caption opening, "In this image provided by NASA, ...", "In this handout photo
# released by ...": a caption however long (the wires' run to a hundred words with the picture's date and credit), up to
# MAX_WIRE_CAPTION_WORDS; a paragraph does not open by pointing at a picture someone provided.
WIRE_CAPTION_OPENING = re.compile(
    r"^In this (?:(?:file|undated|handout|recent|archive|combination|aerial|video) )*(?:photo(?:graph)?|picture|image|"
    r"frame grab|still image) (?:provided|released|made available|distributed) by\b"
)
MAX_WIRE_CAPTION_WORDS = 120


# SCREENSHOT_CREDIT: a picture taken from a platform, credited so ("Printscreen Instagram - Jane Roe", "Screenshot
# YouTube / Example"); VIEWER_BUTTON_CREDIT: a gallery's button glued before the credit ("Avaa kuvien katselu Kuva:
# Jane Roe / Example", Finnish "open the pictures' viewer").
SCREENSHOT_CREDIT = re.compile(
    r"^(?:printscreen|print screen|screenshot|screen shot|captura de pantalla|captură de ecran|snímek obrazovky)\s"
    r"(?:instagram|facebook|twitter|x|youtube|tiktok|telegram)(?:\s?[-–:/|]\s?[^\n]{1,60})?$"
    r"|^avaa kuvien katselu\b",
    re.I,
)


# PICTURED_ON_A_DATE: the wires' caption says what the picture shows in the present tense, with a picture's verb ("is
# seen", "poses for", "looks on", "hangs"), and when: its first sentence ends with the whole date, perhaps the place after it
# ("A street sign for Harbour Street hangs in front of the Example Exchange May 8, 2013.", "The Capitol is seen in a
# thunderstorm on April 21, 2023 in Harbour, Texas."). An article tells in the past tense; "is seen as" is no picture's.
# Up to MAX_PICTURED_ON_A_DATE_WORDS words (a second sentence may follow, as the wires add one).
PICTURED_ON_A_DATE = re.compile(
    r"^[^.!?\"“”]{3,200}?\b(?:is seen(?! as\b)|are seen(?! as\b)|is pictured|are pictured|poses? (?:for|with|during|at)|"
    r"looks on|look on|gestures|shakes hands|shake hands|hangs)\b[^!?\"“”]{0,160}?\b"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}, (?:19|20)\d{2}"
    r"(?: in [A-Z][a-z'’-]*+(?:,? [A-Z][a-z'’-]*+){0,3})?\.(?:\s|$)"
)
MAX_PICTURED_ON_A_DATE_WORDS = 40
PICTURED_VERB_HINTS = (" seen ", " pictured ", " pose", " look on", " looks on", " gestures ", " hands ", " hangs ")  # (cheap)


# ENLARGE_THEN_CREDIT: the picture's enlarge control run onto its credit ("click to enlarge Provided", "Click to enlarge
# Jane Roe"): capitalised words after it, up to four, no sentence.
ENLARGE_THEN_CREDIT = re.compile(r"^(?i:click to enlarge)\s[A-Z][\w.'’-]*+(?:\s[A-Z][\w.'’-]*+){0,3}$")


def caption(text: str, key: str) -> bool:
    if _contains_any(text, PICTURED_VERB_HINTS) and spaced_words(text) <= MAX_PICTURED_ON_A_DATE_WORDS:
        if PICTURED_ON_A_DATE.match(text):
            return True  # PICTURED_ON_A_DATE
    if ENLARGE_THEN_CREDIT.match(text.strip()):
        return True
    if SCREENSHOT_CREDIT.match(text.strip()):
        return True  # SCREENSHOT_CREDIT, VIEWER_BUTTON_CREDIT
    if ":" in text and TEXT_AND_PHOTO_LABEL.match(text):
        return False  # (TEXT_AND_PHOTO_LABEL, archive.byline: "Besedilo in foto: L. Roe", the writer's credit)
    if CAPTION_LABEL.match(text) or CAPTION_SHORTCODE.match(text) or FILE_PHOTO_CAPTION.match(text):
        return True
    if text[:3] == "In " and WIRE_CAPTION_OPENING.match(text) and spaced_words(text) <= MAX_WIRE_CAPTION_WORDS:
        return True  # WIRE_CAPTION_OPENING
    if (
        (ALT_TEXT_SHAPE.match(text.strip()) or ALT_TEXT_WITHOUT_ARTICLE.match(text.strip()))
        and spaced_words(text) <= MAX_ALT_TEXT_SHAPE_WORDS
        and not ends_sentence(text.strip())
    ):
        return True  # ALT_TEXT_SHAPE, ALT_TEXT_WITHOUT_ARTICLE
    if PICTURE_POSITION.search(text) and spaced_words(text) <= MAX_POSITION_SENTENCE_WORDS:
        return True
    if text.endswith((")", ").", "]", "].")) and (
        ILLUSTRATION_TAIL.search(text[-40:]) or PROVIDED_PICTURE_LABEL.search(text[-60:])
    ):
        return True
    if ILLUSTRATION_AFTER_STOP.search(text[-60:]) or (text.endswith(("）", ")")) and JAPANESE_IMAGE_CREDIT.search(text[-90:])):
        return True
    text = text.rstrip(" |")  # "... Photo courtesy Example Fire/Facebook |": a separator left after the credit
    if spaced_words(text) <= MAX_IMAGE_COPYRIGHT_WORDS and IMAGE_COPYRIGHT.search(text):
        return True
    if DATE_LABEL_FIRST.match(text) and holds_a_day_date(text):
        return False  # LABELLED_DATE_LINE: "Updated: May 3, 2021 / 10:15 AM EDT / Example News", no caption and credit
    without_gallery = GALLERY_TAIL.sub("", text)
    if without_gallery != text and without_gallery.strip():
        return _credited_caption(without_gallery)
    return _credited_caption(without_echoed_credit(text))


# CREDIT_ECHOED_AFTER_BRACKETS: the picture's credit in brackets, then its names printed again without them, the
# overlay's credit ("... near Lakeport, Calif. (Jane Roe /The Example Democrat via AP) Jane Roe AP"): the echo goes
# before the credit is read. Every echoed word is one of the brackets' (a sentence going on after brackets says more).
ECHOED_CREDIT = re.compile(r"\((?P<credit>[^()]{3,100})\)(?P<echo>(?: [A-Z][\w.'’-]*+){1,5})$")
CREDIT_WORD = re.compile(r"[\w.'’-]+")


def without_echoed_credit(text: str) -> str:
    found = ECHOED_CREDIT.search(text) if text[-1:].isalpha() else None
    if found is None:
        return text
    credit = set(CREDIT_WORD.findall(found["credit"]))
    return text[: found.start("echo")] if set(found["echo"].split()) <= credit else text


# CJK_CAPTION_CREDIT: a Chinese photo caption ends with its agency in brackets ("習近平（左）與普丁舉行會議。（美聯社）",
# "...在北京見面（Reuters）"). A wire's sign-off under the last paragraph looks the same after a full stop ("。（新华社）"),
# so the credit counts only with no full stop before it or with a photo's position marker ("（左）", "(R)") in the line.
# A run of spaces is entered at its start only ((?<!\s), possessive): linear on a line of spaces (issue 16).
CJK_CREDIT_END = re.compile(
    r"(?P<stop>[。.]?)(?<!\s)\s*+[（(](?:路透社?|美聯社|美联社|法新社|新華社|新华社|中新社|歐新社|欧新社|塔斯社|美國之音|美国之音|"
    r"視覺中國|视觉中国|Reuters|REUTERS|AP|AFP|EPA|Getty Images)[）)]\s*$"
)
CJK_POSITION_MARKER = re.compile(r"[（(](?:左|右|中|左一|右一|前排左|前排右|L|R|C)[）)]|图为|圖為")  # (or "pictured is")
CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
MAX_CJK_AGENCY_CAPTION_CHARS = 120  # a caption is a line or two; a paragraph signed off by an agency is longer


# AGENCY_PHOTO_END: "... 举行欢迎仪式。新华社照片" -- a Chinese caption ends with its agency and "photo" (照片, 图片) or
# "released" (发) after its last full stop, unbracketed: a paragraph ends with its full stop.
CJK_AGENCY_PHOTO_END = re.compile(
    r"(?:新华社|新華社|中新社|人民网|人民網|央视新闻|央視新聞|美联社|美聯社|路透社?|法新社|AP|AFP|Reuters)\s?"
    r"(?:照片|图片|圖片|发|發|供图|供圖|资料图|資料圖)\s*$"
    # ... or the picture's source named after its label, "。圖片來源:AP" (CAPTION_GLUED_TO_ITS_SOURCE: or right after the
    # caption, no stop between, "檢閱儀仗隊圖片來源: AP", as a broadcaster's Chinese pages print it)
    r"|(?<!\s)\s*+(?:图片来源|圖片來源)\s*[:：]\s*[^\s，。,]{1,20}\s*$"
)


# PICTURE_LABEL_END: "... 雙方簽署20餘份合作文件。（圖：新華社）", "（圖／路透，下同）", "（图片来源：新华社）": the picture's
# label ("picture", "picture source") and its source in brackets end a caption; a paragraph's sign-off names no picture.
CJK_PICTURE_CREDIT_END = re.compile(
    r"[（(](?:圖片來源|图片来源|圖片|图片|圖|图|照片)\s*[：:／/]\s*[^（）()]{1,20}[）)]\s*$"
    # PICTURE_SOURCE_END: or its source before the label, or the archive's label alone: "(警方圖片)" ("police picture"),
    # "（資料照）" ("file photo")
    r"|[（(][^（）()\s，。]{0,8}(?:圖片|图片|照片|資料照|资料照)[）)]\s*$"
    # DATED_SHOT_END: or the day it was shot, "(2010年1月16日摄)", as Chinese agencies' captions end
    r"|[（(]\s?\d{4}年\d{1,2}月\d{1,2}日\s?[摄攝]\s?[）)]。?\s*$"
    # PROVIDED_BY_END: or who handed the picture in, "（農民提供）" ("provided by the farmer"), or where it was taken from,
    # "(图取自面子书)" ("picture from Facebook"): a paragraph quotes its source in words, not in a closing bracket
    r"|[（(][^（）()\s，。,]{1,12}(?:提供|供圖|供图)[）)]\s*$|[（(](?:图|圖)(?:取自|摘自|翻攝自|翻摄自)[^（）()]{1,20}[）)]\s*$"
    # REPORTER_SHOT_END: or "reporter ... shot", "大批警車在維園一帶停泊。巴士的報記者攝" ("Example Post reporter's photo"),
    # "（記者王小明攝）", as Hong Kong and Taiwanese papers credit their own photographers
    r"|(?:記者|记者)[^\s，。（）()]{0,4}(?:攝|摄)\s*[）)]?\s*$"
)
# KOREAN_PHOTO_CREDIT: a Korean caption ends with "사진=" ("photo=") and its source ("... 시 주석. /사진=로이터"); one
# sentence ending in 다 at most, as KOREAN_CAPTION_AGENCY's.
# (KOREAN_PHOTO_SLASH: "사진/" for "사진=", the source perhaps with its name in Chinese in brackets: "...회견했다.사진/신화왕(新華網)")
KOREAN_PHOTO_CREDIT = re.compile(r"(?:^|[\s/(\[.])사진\s?[=/]\s?[^\s=/()\[\]]{1,15}(?:\s?제공|\([^()\s]{1,10}\))?\s?[)\]]?\s*$")


# KOREAN_CAPTION_AGENCY: a Korean caption, one sentence, ends with the present progressive's full stop ("...악수하고 있다.", "... are
# shaking hands.") and its agency's name ("연합뉴스", Yonhap; "뉴시스", Newsis); a paragraph ends with its full stop, and a
# wire's sign-off stands in brackets at the text's head ("[서울=뉴시스]").
# (YONHAP_SHORT: "... 있다. 연합", the agency's name cut to its first word under its pictures)
KOREAN_CAPTION_AGENCY = re.compile(r"다\.\s*/?\s*(?:연합뉴스|연합|뉴시스|뉴스1|로이터|신화|타스|AFP|AP|EPA)(?:\s*제공)?\s*$")
MAX_KOREAN_CAPTION_CHARS = 200


# CHINESE_CAPTION_MARK: a Chinese caption opens with a triangle pointing at its picture ("▲试乘第一天,不少市民结伴而来",
# "△网传视频截图"), a line or two long; Korean pages open their list items with one, so a line in Hangul does not count.
CHINESE_CAPTION_MARK = re.compile(r"^[▲△]\s?[\u3400-\u9fff“”\"「]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
MAX_CHINESE_CAPTION_CHARS = 60


def cjk_caption_credit(text: str, key: str) -> bool:
    if len(text) <= MAX_CHINESE_CAPTION_CHARS and CHINESE_CAPTION_MARK.match(text) and not HANGUL.search(text):
        return True
    if len(text) <= MAX_KOREAN_CAPTION_CHARS and text.count("다.") == 1 and KOREAN_CAPTION_AGENCY.search(text):
        return True  # (one sentence: a lead of three sentences may end with its agency, "... 주목된다. AP")
    if "사진" in text and len(text) <= MAX_KOREAN_CAPTION_CHARS and text.count("다.") <= 1 and KOREAN_PHOTO_CREDIT.search(text):
        return True
    if len(text) > MAX_CJK_AGENCY_CAPTION_CHARS or not CJK_CHAR.search(text):
        return False
    if CJK_AGENCY_PHOTO_END.search(text) or CJK_PICTURE_CREDIT_END.search(text):
        return True
    match = CJK_CREDIT_END.search(text)
    if match is None:
        return False
    return not match.group("stop") or bool(CJK_POSITION_MARKER.search(text))


# CREDIT_ENDS_A_PARAGRAPH: a line of more than this many words with a photo's credit at its end is a paragraph with
# the credit run on ("... through the weekend!! Photo Courtesy of Jane Roe."): a caption is a sentence or two.
MAX_CREDITED_CAPTION_WORDS = 80


# WRITER_THEN_PHOTOGRAPHER: "by Jane Roe/ pic by John Doe": the writer's byline with the photographer's credit, not a
# caption (the byline's reader takes the writer).
WRITER_THEN_PHOTOGRAPHER = re.compile(r"^\s*(?:by|text by|words by|story by)\s+[^\W\d_][^,.;:]{1,60}$", re.I)


# SLASH_CREDIT_AFTER_STOP: a caption's last sentence, then its credit as the owner, a slash and the photographer or
# the archive ("... Jakarta, Selasa (13/11/2018). Examplenews/Jane Roe", "... on arrival. Pic/AFP", "... de 2016.
# EFE/Archivo").
SLASH_CREDIT_AFTER_STOP = re.compile(
    r"[.!?)]\s(?P<owner>(?:[A-Z][\w.]*+\s){0,2}[A-Z][\w.]*+)\s?/\s?(?P<taker>[A-Z][\w'’-]*+(?:\s[A-Z][\w'’-]*+){0,3})\s*$"
)
# BRACKETED_SLASHED_CREDITS: a caption's sentence, then its credits in brackets, the expedition's, the sponsor's and the
# agency's set off by slashes ("Creatures found during the expedition. (Example expedition/Example Foundation/NOAA)");
# three credits, or two with a name of two words among them: an agency's sign-off is one name ("(Reuters)"). A quotation
# makes it a paragraph, signed by its writer and desk ("... said the mayor. (JANE ROE/B-2)").
MAX_SLASHED_CREDITS_WORDS = 40  # (a caption's sentence or two; a paragraph signed so is longer)
BRACKETED_SLASHED_CREDITS = re.compile(r"[.!?]\s\((?P<credits>[A-Z][^()/]{1,50}+(?:/[A-Z][^()/]{1,50}+){1,4})\)$")
# IMAGE_ALT_WIDTH_DATE: a picture's text as a news network's template writes it, the caption, the site's name, the
# picture's width in pixels and its date ("Ministers at the talks - Example News, 1920, 11.03.2023")
IMAGE_ALT_WIDTH_DATE = re.compile(r"\s[-–—]\s[^,\s][^,]{1,30},\s\d{3,4},\s\d{2}\.\d{2}\.\d{4}\s*$")
ARCHIVE_WORDS = frozenset("archivo arquivo archive archiv archives file archivio".split())
MIN_SLASH_CAPTION_WORDS = 7


def _slash_credit_after_stop(text: str, tail: str) -> bool:
    credit = SLASH_CREDIT_AFTER_STOP.search(tail) if "/" in tail else None
    if credit is None or spaced_words(text) < MIN_SLASH_CAPTION_WORDS:
        return False
    owner, taker = credit["owner"], credit["taker"]
    return len(taker.split()) >= 2 or taker.casefold() in ARCHIVE_WORDS or owner.casefold() in {"pic", "photo", "foto"}


# BARRED_BODY_CREDIT: after a bar and the picture's label with its colon ("... (14.1.2026) | foto: HZS Zlínského kraje"),
# a body's name in sentence case (its first word capitalised, up to MAX_BARRED_BODY_CREDIT_WORDS words, no sentence's
# stop) is the picture's credit, as a name in capitals is: the bar and the label say so.
MAX_BARRED_BODY_CREDIT_WORDS = 4


def _barred_body_credit(credit: re.Match[str]) -> bool:
    who = credit.group("who").strip()
    label = credit.group(0)[: credit.start("who") - credit.start()]
    return (
        label.lstrip().startswith("|")
        and ":" in label
        and who[:1].isupper()
        and len(who.split()) <= MAX_BARRED_BODY_CREDIT_WORDS
        and not ends_sentence(who)
    )


def _credit_named(credit: re.Match[str]) -> bool:
    """CREDIT_TAIL's credit names someone or an agency (_credit_who), or a body after a bar and the label (above)."""
    return _credit_who(credit.group("who")) or _barred_body_credit(credit)


def _credited_caption(text: str) -> bool:
    # A caption that says so itself: it ends with a photo credit ("... | Photo: AFP", "... REUTERS/Jane Doe")
    # or opens like one ("FILE PHOTO: ..."), or names positions and ends with the photo's date ("X (R) meets Y ... on May 5, 2024.").
    # The credit and the photo's date are at the end: only the tail of a long line is searched.
    if spaced_words(text) > MAX_CREDITED_CAPTION_WORDS:
        return False
    tail = text[-CAPTION_TAIL_CHARS:]
    lower = tail.lower()
    if _contains_any(lower, PHOTO_HINTS):
        match = CREDIT_TAIL.search(tail)
        before = text[: len(text) - len(tail) + match.start()] if match else ""
        if match and _credit_named(match) and len(text) > len(match.group(0)) + 10 and not WRITER_THEN_PHOTOGRAPHER.match(before):
            return True
    if CAPTION_LEAD.match(text) or THIS_PHOTO_TAKEN.search(text) or ARCHIVE_PICTURE_TAIL.search(tail):
        return True  # (before the wire's sign-off below: "File photo of ... [Xinhua]" is a caption all the same)
    if _slash_credit_after_stop(text, tail):
        return True  # SLASH_CREDIT_AFTER_STOP
    if (
        tail.endswith(")")
        and spaced_words(text) <= MAX_SLASHED_CREDITS_WORDS
        and (credits := BRACKETED_SLASHED_CREDITS.search(tail))
    ):
        parts = credits["credits"].split("/")
        quoted = any(mark in text for mark in QUOTE_MARKS)  # (a paragraph quoting someone, signed by its writer's desk)
        return not quoted and (len(parts) >= 3 or any(len(part.split()) >= 2 for part in parts))  # BRACKETED_SLASHED_CREDITS
    if IMAGE_ALT_WIDTH_DATE.search(tail):
        return True  # IMAGE_ALT_WIDTH_DATE
    if text[-1:].isupper() and spaced_words(text) >= MIN_UNSTOPPED_AGENCY_CAPTION_WORDS and AGENCY_IN_CAPITALS_LAST.search(tail):
        return True  # AGENCY_IN_CAPITALS_LAST
    if _contains_any(lower, WIRE_CREDIT_HINTS) and (credit := WIRE_PHOTO_CREDIT.search(tail)) and spaced_words(text) > 6:
        pictured = _contains_any(
            credit.group().lower(), ("photo", "picture", "image", "gambar")
        )  # (FILE_PHOTO_TAIL: no sign-off)
        if DASH_WIRE_END.match(credit.group()) and not pictured and spaced_words(text) > MAX_DASH_WIRE_CAPTION_WORDS:
            # DASH_WIRE_SIGNOFF: a paragraph signed off by its agency ("... yang terlibat. - Bernama"), unless it ends
            # with the picture's date as captions do ("... in Moscow, Russia, Monday, March 20, 2023. - AP")
            before = tail[: credit.start() + 1]
            return bool(CAPTION_DATE_END.search(before))
        bare = BARE_WIRE_SIGNOFF.search(tail)
        dated = CAPTION_DATE_END.search(tail[: bare.start()].rstrip()) if bare else None
        if dated and dated.group().startswith(","):
            # DATED_CAPTION_AGENCY: the picture's place and day ending the caption, then the agency alone in brackets
            # ("Example leader arrives in Riyadh, December 7, 2022. (Reuters)"): a paragraph signed off by its agency
            # ends on its last sentence, not on a date after a comma ("... will be held on December 7, 2022. (Reuters)")
            return True
        if bare and spaced_words(text) <= MAX_UNSTOPPED_CAPTION_WORDS:
            # UNSTOPPED_WIRE_CAPTION: the agency in brackets after words that end no sentence ("... greets Jane Roe
            # (AFP)") credits a picture; a paragraph signs off after its full stop ("... the minister said. (AFP)")
            # (PICTURE_VERB_SIGNED: or after a sentence saying what the picture shows, "Example President Jane Roe is
            # seen.(Reuters)": no paragraph tells that someone is seen)
            return not tail[: bare.start()].rstrip().endswith(SENTENCE_ENDS) or bool(PICTURE_VERB.search(text))
        return not bare
    return "(" in text and bool(CAPTION_DATE_END.search(tail) and POSITION_MARKER.search(text))


# "... | Photo courtesy of Harbour Fire Department", "... (Image courtesy of Jane Example)": a credit after a separator,
# a bracket or a photo word ("The maps were courtesy of the museum." is a sentence, not a credit).
CREDIT_COURTESY = re.compile(
    r"(?:\s[|\-–—]\s*[(\[]?\s*(?:(?:photos?|images?|pictures?|video)\s+)?|\s[(\[]\s*(?:(?:photos?|images?|pictures?|video)\s+)?|"
    r"\s(?:photos?|images?|pictures?|video)\s+)courtesy(?: of)?\s+(?P<who>[^|()\[\]]{1,80}?)\s*[)\]]?\.?$",
    re.I,
)
# A wire's name alone after a caption's last full stop: "... attend a ceremony in Beijing. Reuters". (In brackets,
# "... are awaited. (ANI)", it is a wire story's sign-off: the paragraph is the article's.)
# (EUROPA_PRESS_CREDIT: the Spanish agency by its name or its initials, "Un hombre camina por las lluvias. EP")
AGENCY_TAIL = re.compile(
    r"[.!?][\"”’]?\s+(?:AP|AFP|Reuters|REUTERS|Xinhua|XINHUA|EPA|TASS|Sputnik|Getty Images|Bloomberg|dpa|"
    r"Bernama|Yonhap|Kyodo|EFE|AAP|ANSA|Anadolu|EP|Europa Press)\s*$"
)
# The last word of such a caption (a cheap test before the pattern).
AGENCY_LAST_WORDS = frozenset(
    "AP AFP Reuters REUTERS Xinhua XINHUA EPA TASS Sputnik Images Bloomberg dpa ANI PTI Bernama Yonhap Kyodo IANS EFE AAP "
    "ANSA Anadolu EP Press".split()
)
# Words of reported speech: a line with them is the article quoting someone, even if it ends with a wire's name.
SPEECH_WORDS = frozenset(
    "said says told added stated according asked announced reported quoted".split()
    # the same in the languages of wire copy signed off so ("... la situación. EFE"): a wire story's last paragraph
    + "dijo afirmó reiteró señaló aseguró indicó explicó declaró agregó añadió expresó subrayó".split()
    + "sagte erklärte betonte fügte teilte déclaré affirmé souligné ajouté indiqué заявил сказал отметил подчеркнул".split()
)
# A caption is short: a longer line ending with a wire's name is a paragraph of a wire story.
MAX_AGENCY_CAPTION_WORDS = 40
# LONG_PHOTO_SLASH_CAPTION: a caption of two sentences or three may run longer, when its credit names the picture in
# brackets ("... May 16, 2024. Xi held talks with Putin ... on Thursday. [Photo/Xinhua]"): a paragraph does not end so.
MAX_PHOTO_SLASH_CAPTION_WORDS = 90
BRACKETED_PHOTO_SLASH = re.compile(
    r"[(\[](?i:photos?|pics?|pictures?|images?) ?/ ?[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,4} ?[)\]]\.? *$"
)


# AGENCY_IN_CAPITALS_LAST: the agency's name in capitals right after the caption's last word, no stop between ("Example's
# Jane Roe celebrates winning her match against Harbour's Mary Poe REUTERS"), as a picture's overlay credits it: a
# sentence naming the agency ends with its stop, and after "by", "to", "the", "told", "said" or "for" the name is the
# sentence's own word. A caption of MIN_UNSTOPPED_AGENCY_CAPTION_WORDS words or more (a headline may end "- AFP").
AGENCY_IN_CAPITALS_LAST = re.compile(
    r"(?<=[^\W\d_]{2})(?<!\bby)(?<!\bto)(?<!\bthe)(?<!\btold)(?<!\bsaid)(?<!\bsays)(?<!\bfor)(?<!\bfrom)"
    r"\s(?:REUTERS|AFP|XINHUA)$"
)
MIN_UNSTOPPED_AGENCY_CAPTION_WORDS = 7


# CJK_CAPTION_CREDIT: a Japanese or Chinese caption ends with its agency in brackets and no full stop ("会談する…
# =26日、北京(共同)", "…在北京会见…（新华社记者 张三 摄）" is read elsewhere): Kyodo, Jiji, Reuters, AFP, AP, Xinhua,
# China News Service, Yonhap in their own scripts. A sentence ends with "。" before such a bracket.
CJK_CAPTION_CREDIT = re.compile(
    r"[^。！？.!?][(（](?:共同|時事|共同通信|時事通信|ロイター|AFP=時事|AP|AFP|新華社|新华社|中新社|路透|法新社|美联社|聯合|연합뉴스|로이터)[)）]\s*$"
)
MAX_CJK_CAPTION_CHARS = 200  # a caption with its agency, or its position mark and a photo credit: a line or two


def caption_more(text: str, key: str) -> bool:
    # Captions whose credit the caption rule does not read: "| Photo courtesy of X", a credit left empty ("... on
    # 27 February |" with positions named), a wire's name alone after the last full stop ("... in Beijing. Reuters").
    tail = text.rstrip(" |")[-CAPTION_TAIL_CHARS:]  # an empty separator left after the credit
    if "courtesy" in tail.lower() and spaced_words(text) <= MAX_CREDITED_CAPTION_WORDS:  # CREDIT_ENDS_A_PARAGRAPH
        match = CREDIT_COURTESY.search(tail)
        if match and _credit_who(match.group("who")) and len(text) > len(match.group(0)) + 10:
            return True
    if text.rstrip().endswith("|") and POSITION_MARKER.search(text):
        return True
    if len(text) <= MAX_CJK_CAPTION_CHARS and mostly_cjk(text) and CJK_CAPTION_CREDIT.search(text):
        return True
    last = text.rstrip(" .)]").rsplit(None, 1)[-1].strip("([") if text.strip(" .)]") else ""
    if last not in AGENCY_LAST_WORDS or spaced_words(text) > MAX_AGENCY_CAPTION_WORDS or not AGENCY_TAIL.search(tail):
        return False
    words = set(WORD.findall(text.lower()))
    return not (words & SPEECH_WORDS) and not any(q in text for q in '"“”')


# CREDIT_TAIL_SHAPES: a caption ending with its picture's credit in one of the shapes pages print it, whatever the
# agency's or photographer's name (no list of names): a photo word and a slash ("... Pic/Example", "... Image
# Credit/Example", "... [Photo/Example]"), a slash after the caption's last full stop ("... on April 16, 2013. / Example
# Images |"), a photo word in brackets ("... in the district. (Example Photo)"), a © and a name ("... in his 100th match ©
# Example Ltd").
# A name is up to this many capitalised words (after ©, any words: "© Example Sports Ltd").
MAX_CREDIT_NAME_WORDS = 5
_CREDIT_NAME = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0," + str(MAX_CREDIT_NAME_WORDS - 1) + "}"
# (BRACKETED_PHOTO_SLASH: the same in brackets, "... June 5, 2022. [Photo/Xinhua]", "(PHOTO / XINHUA)", "[Photo
# provided to Example Daily]", as China's English-language state papers credit their pictures)
PHOTO_SLASH_TAIL = re.compile(
    # (BRAZILIAN_CREDIT_WORDS: "... são investigados Reprodução/Example TV", "Divulgação/Prefeitura", "Arquivo/Example":
    # reproduced from, handed out by, the archive of)
    r"(?:^|[\s.])(?:(?i:photos?|pics?|pictures?|images?|image credits?|photo credits?|credits?|reprodução|divulgação|arquivo)"
    r" ?/ ?"
    + _CREDIT_NAME
    + r" ?\|?|[(\[](?i:photos?|pics?|pictures?|images?) ?/ ?"
    + _CREDIT_NAME
    + r" ?[)\]]\.?|[(\[](?i:photos?|pictures?|images?) (?i:provided|supplied)(?: (?i:to|by) "
    + _CREDIT_NAME
    + r")?[)\]]\.?) *$"
)
# (PHOTOGRAPHER_COMMA_AGENCY: "... Calif. / Jane Roe, Example Images", the photographer, a comma and the agency)
# (SLASH_CREDIT_ANY_CAPITAL: the name's capitals may be any Latin or Cyrillic capital, "... el juicio. / José Ángel")
_SLASH_CREDIT_NAME = rf"{_CREDIT_CAPITAL}[\w.&'’-]*+(?: {_CREDIT_CAPITAL}[\w.&'’-]*+){{0,{MAX_CREDIT_NAME_WORDS - 1}}}"
SENTENCE_SLASH_TAIL = re.compile(r"[.!?] ?/ ?" + _SLASH_CREDIT_NAME + r"(?:, " + _SLASH_CREDIT_NAME + r")? ?\|? *$")
# A photo word alone in brackets ("(Photos)", "(PICS)") is a headline's gallery label, not a credit: a name comes first.
# (DOCUMENTATION_CREDIT: Indonesian and Malay captions credit the picture to a source's "documentation", "(Dok. Example
# News/istimewa)", "(Dokumentasi Polres Example)", "(dok. pribadi)")
BRACKETED_PHOTO_TAIL = re.compile(
    r"[(\[](?:(?:[A-Z][\w.&'’-]* ){1,4}(?i:photos?|pics?|pictures?|images?)|(?i:file photo)|(?i:dok\.|dokumentasi)\s?[^()\[\]]{2,60})[)\]]\.? *$"
)
# GLUED_SLASH_CREDIT: a credit glued by a slash to the caption's last word or year ("... video call in 2021/Net",
# "... at the palace/Antara"), as Indonesian and Malaysian captions print it: a lower-case letter or a digit before
# the slash, one capitalised word after ("AC/DC" has a capital before: a name; "24/7", digits after: no credit).
GLUED_SLASH_TAIL = re.compile(r"(?<=[a-z0-9])/[A-Z][A-Za-z]{1,15} *$")
# FILE_MARK_TAIL: a caption marked as an old picture by "File" after its stop or a bar ("Jane Roe, the minister. File",
# "The harbour in 2019 | File"): no sentence ends on the word alone.
# LABELLED_CREDIT_IN_BRACKETS_AFTER_THE_STOP: the picture's credit in brackets after the caption's stop, labelled, its
# source in any case ("... on Nov. 10, 2018. (Photo: example sports)"): the label says what it is.
LABELLED_BRACKET_TAIL = re.compile(r"(?<=[^\W_][.!?])[\"”’]?\s?\((?i:photos?|image|picture|foto|credit)\s?:\s?[^()]{2,40}\)\s*$")
FILE_MARK_TAIL = re.compile(r"(?<=[^\W_])(?:\.|\s\|)\s(?:File|FILE)(?:\s(?i:photo|image|picture))?\.?\s*$")
GLUED_SLASH_MIN_WORDS = 2  # words of two letters or more before the credit ("Jane Roe/Example")
LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
# COPYRIGHT_TAIL: "... in Utrecht. © Example Agency" -- the sign as a circled capital too ("Ⓒ ANP/HH"), the credit's
# agencies joined by slashes ("© Jane Roe/dpa-Zentralbild/ZB")
# (PROVIDED_BY_TAIL: "... back of a truck © Provided by Example Press Enterprises Inc", as aggregators credit the
# picture's source: the two words before the name)
COPYRIGHT_TAIL = re.compile(
    r"\s[©Ⓒⓒ] ?(?:Provided by )?[A-Z][\w.&'’/-]*(?: [\w.&'’/-]+){0," + str(MAX_CREDIT_NAME_WORDS - 1) + r"} *$"
)
# SOURCE_LABEL_TAIL: a picture's source label glued after a caption of one clause, ending on a word ("Kierowca porzucił
# samochód Źródło: KMP Słupsk", "The flooded square Source: Example Fire Service"); after a sentence's end it may be a
# paragraph's credit ("... said the minister. Źródło: PAP"), after a bar a date line's ("12.03.2024 | Quelle: dpa"),
# and a headline of two sentences with its picture's source is the headline (archive.headline).
# (PICTURE_SOURCE_LABELS: the labels as a picture's source prints them, capitalised; archive.headline's
# TITLE_SOURCE_LABEL_SUFFIX reads the same list)
PICTURE_SOURCE_LABELS = (
    r"(?:Źródło|Zdroj|Source|Fuente|Quelle|Fonte|Forrás|Kaynak|Izvor|Sursa|Bron|Lähde|Källa|Источник|Джерело|Nguồn)"
)
# (SOURCE_THEN_AUTHOR: the source's label, then the photographer's after a slash, "... Izvor: Example / Autor: Jane
# Roe / Example")
SOURCE_LABEL_TAIL = re.compile(
    rf"^[^.!?|]{{8,200}}?(?<=[^\W\d_])\s{PICTURE_SOURCE_LABELS}\s?:\s?[^:.!?]{{1,40}}"
    r"(?:\s/\s(?i:autor|author|foto|photo|fotograf|snimio|snimila)\s?:\s?[^:.!?]{1,60})?$"
)
# VIDEO_SOURCE_TAIL: a still from a video, credited in brackets ("... at the Kremlin.(from Example video)").
VIDEO_SOURCE_TAIL = re.compile(r"\((?:from|source:|via)\s[A-Z][\w&.'’ -]{1,30}\s(?:video|footage|broadcast)\)\s*$", re.I)
# PHOTO_WORD_TAIL: the word for a photo after the caption's full stop, alone or with up to three capitalised words of
# its source, no colon ("En ordförandeklubba. Foto.", "Thủ tướng Nga D. Medvedev. Ảnh RIA"): no sentence is one word so.
PHOTO_WORD_TAIL = re.compile(
    r"(?<=[.!?])\s(?:Foto|Photo|Ảnh|Fotó|Фото|Bild|Kuva)(?:\s[A-ZÀ-ÞĐА-ЯЁ][\w.&-]*+(?:\s[A-ZÀ-ÞĐА-ЯЁ][\w.&-]*+){0,2})?\.?$"
    # (LOWER_CASE_PHOTO_TAIL: "... of Russia and China. archive photo", the picture's kind in lower case)
    r"|(?<=[.!?])\s(?:archive|file|stock) (?:photo|picture|image)$"
    # (CREDIT_LABEL_TAIL: "... in its meeting. Photo credit: Example times.", the credit's label and the source in any case)
    r"|(?<=[.!?])\s(?i:photo|image|picture)s?\s(?i:credit|source|courtesy)s?\s?:\s?\S[^.!?]{0,60}\.?$"
    # (USED_COURTESY_TAIL: "The prototype. Image used courtesy of Example University", the credit as a note)
    r"|(?<=[.!?])\s(?i:photo|image|picture)s?\s(?:used\s)?courtesy\sof\s[A-Z][^.!?]{0,60}\.?$"
    # (VIETNAMESE_ILLUSTRATIVE_PHOTO: "... Phan Thiết - Dầu Giây. Ảnh minh họa", "illustrative photo" after the caption)
    r"|\s(?:Ảnh|ảnh) minh (?:họa|hoạ)\.?$"
    # (PHOTO_LABEL_AFTER_STOP: the word and a colon, then the source, any words or an address up to the line's end:
    # "... Встреча с главами регионов. Фото: example.ru", "... on Monday. Photo: Jane Roe")
    r"|(?<=[.!?])\s(?:Foto|Photo|Photos|Fotos|Fotó|Фото|Bild|Kuva|Ảnh)\s?:\s?[^\s:!?][^:!?]{0,40}$"
    # (PHOTO_WORD_BAR_NAME: the word in capitals, "file" before it, then a bar and the source: "... queue for water.
    # FILE PHOTO | EXA", as East African papers credit a picture)
    r"|(?<=[.!?])\s(?:FILE PHOTO|PHOTO|FOTO|File photo|File Photo)\s?[|/]\s?[A-Z][\w.&'’-]*+(?:\s[A-Z][\w.&'’-]*+){0,2}$"
    # (PHOTO_WORD_DASH_NAME: the word in capitals, a spaced dash and the source, its later words in any case: "Ruský
    # prezident. FOTO - Example noviny", as Czech and Slovak papers credit a picture)
    r"|(?<=[.!?])\s(?:FOTO|PHOTO|FOTÓ|ФОТО)\s[-–—]\s[A-ZÀ-ÞА-ЯЁ][\w.&'’-]*+(?:\s[\w.&'’-]++){0,2}$"
)

# NAME_SLASH_SOURCE_BRACKETS: the photographer's full name, a slash and the paper's or agency's name in brackets after
# the caption's last full stop ("... the bike lanes. (Jane Roe/Example News)"), as North American papers credit a
# picture; a sentence's brackets after its full stop hold no name and slash.
# (SOURCE_VIA_AGENCY: the paper's name with its ampersand, then the agency that carried the picture, "(Jane Roe/Example
# Telegram & Gazette via AP)")
_NAME_SLASH_SOURCE = (
    r"\((?:[A-Z][\w.'’-]*+ ){1,2}[A-Z][\w.'’-]*+ ?/ ?[A-Z][\w.&'’-]*+(?: (?:[A-Z][\w.&'’-]*+|&)){0,4}"
    r"(?: via [A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,2})?\)"
)
# (PHOTOGRAPHER_HANDLE: the photographer's handle after the brackets, "... a motorist. (Jane Roe/Example Journal)
# @JaneRoePhoto")
NAME_SLASH_SOURCE_BRACKETS = re.compile(
    rf"(?<=[.!?])[\"”’]?\s{_NAME_SLASH_SOURCE}\.?(?:\s@\w{{2,30}})?$"
    # (UNSTOPPED_CAPTION: or right after its last word, "The clinic on Monday (Jane Roe/Example Times)"; a full stop after
    # the brackets ends a sentence that cites them, "... on Tuesday (Jane Roe/PA).")
    rf"|(?<=[a-z0-9])\s{_NAME_SLASH_SOURCE}$"
)
# PHOTO_VIA_BRACKETS: the photographers and a pool's or agency's "Photo via ..." in brackets at the caption's end ("(Jane
# Roe, Example Pool Photo via AP, File)"), as the AP credits a picture it distributes.
PHOTO_VIA_BRACKETS = re.compile(
    r"[(\[][^()\[\]]{0,80}?\b(?i:photos?|pool|images?) via [A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,3}(?:, File)?[)\]]\.?$"
)


# NAME_AFTER_THE_STOP: the photographer's name alone after the caption's full stop, no label, no closing stop ("Jane
# Roe has signed a new contract with the club. John Doe"): a credit; a sentence ends with its own stop, and a name
# run on without one is no sentence's end. The caption before it at least MIN_WORDS_BEFORE_THE_NAME words.
# (ANSWER_AFTER_THE_QUESTION: after a question mark, two capitalised words are a headline's answer, "What Happens When
# Boards Sue? Usually Splitsville": a caption states, it does not ask)
NAME_AFTER_THE_STOP = re.compile(r"(?<=[a-z]{2}[.!])\s(?P<name>[A-Z][a-z'’-]++(?:\s[A-Z][a-z'’-]++){1,2})$")
MIN_WORDS_BEFORE_THE_NAME = 5
# CREDIT_AFTER_THE_STOP: the picture's credit after the caption's stop, labelled "Credit:" or a bar ("... flag flying.
# Credit: jane/Example.com", "... Chief Executive Jane Roe. | NHS"); a sports agency's credit run onto the caption's last
# word with a hyphen ("... Yankees Jane Roe-USA TODAY Sports", "-Imagn Images").
CREDIT_AFTER_THE_STOP = re.compile(
    r"(?<=[a-z]{2}[.!?])\s(?:Credit\s?:\s?\S{2,60}(?:\s\S{1,30}){0,3}|\|\s[A-Z][\w.&'’-]{1,30}(?:\s[A-Z][\w.&'’-]{1,30}){0,2})$"
    r"|\s[A-Z][a-z'’]++\s[A-Z][a-z'’]*+-(?:USA TODAY Sports|Imagn Images|Imagn Content Services|USA TODAY NETWORK)$"
)

# LOWER_CASE_NAME_AFTER_THE_STOP: the photographer's name in small letters after the caption's stop ("... alas
# sillalta Vantaalla. jane roe"), as some papers set it: two words in small letters, the surname no common word of any
# language (a line cut after "approx. ten people" ends on such a word), and no stop after them; a sentence after a stop
# opens with a capital.
_SMALL_WORD = r"[a-zà-öø-ÿšžłńśźżćęąčřěůýőű]{2,20}"
LOWER_CASE_NAME_AFTER_THE_STOP = re.compile(rf"(?<=[^\W\d_]{{2}}[.!?])\s{_SMALL_WORD}\s{_SMALL_WORD}$")


# VIEW_FULL_SIZE: a picture's enlarge control printed with its file name and caption ("PRUDOFF.JPGView full sizeJane
# Roe", "View full size Jane Roe at the harbour"): the picture's box. PICTURE_NUMBER_TAIL: a caption numbered by its
# picture, Vietnamese sites' " - ảnh 1" ("photo 1") after it.
VIEW_FULL_SIZE = re.compile(r"View full size")  # (the control's own capital: a sentence would write it in small letters)
MAX_VIEW_FULL_SIZE_WORDS = 60
PICTURE_NUMBER_TAIL = re.compile(r"\s[-–]\s(?:ảnh|hình)\s\d{1,2}$")


# MESSENGER_CHANNEL: a German site's call to follow it on a messenger app ("Immer informiert via Messenger", "Folge den
# Pinguins via Messenger", "Bleiben Sie informiert per WhatsApp"): "always informed" or "follow", then the app, alone.
MESSENGER_CHANNEL = re.compile(
    r"^(?:immer informiert|(?:bleib|bleiben sie) informiert|folge|folgen sie)(?: [\w-]{1,30}){0,3} "
    r"(?:via|per|über|auf) (?:messenger|whatsapp|telegram|signal|threema)$",
    re.I,
)


def messenger_channel(text: str, key: str) -> bool:
    return bool(MESSENGER_CHANNEL.match(text.strip()))


# MASTHEAD_SLOGAN: a site's motto printed under its name, three short parts that each open with the same word ("Be
# Informed, Be Inspired, Be Example", "Your News, Your Voice, Your Town"): a headline or a sentence does not open
# three parts of one to three words with one word.
MASTHEAD_SLOGAN = re.compile(
    r"^(?P<word>[^\W\d_]{2,12})(?: [^\W\d_'’-]{1,20}){1,2}[,.] (?P=word)(?: [^\W\d_'’-]{1,20}){1,2}[,.] "
    r"(?:(?:and|&) )?(?P=word)(?: [^\W\d_'’-]{1,20}){1,2}[.!]?$",
    re.I,
)


def masthead_slogan(text: str, key: str) -> bool:
    return bool(MASTHEAD_SLOGAN.match(text.strip()))


# KOREAN_CAPTION_CREDIT: a Korean caption ends with its picture's credit, "사진=<name> 기자" ("photo = reporter <name>"),
# maybe a bar after it; or, opening with the caption's arrow ("▲", "↑"), with the agency in angle brackets ("<연합뉴스>").
# A Korean sentence ends with 다 and its stop.
KOREAN_PHOTO_EQUALS = re.compile(r"사진\s?=\s?[^\s=|]{1,20}(?:\s[^\s=|]{1,10})?\s*\|?$")
KOREAN_ARROW_CAPTION = re.compile(r"^[▲↑△]\s?\S.{0,300}<[가-힣A-Za-z]{2,12}>\s*\|?$")


def picture_box_marks(text: str, key: str) -> bool:
    if spaced_words(text) <= MAX_VIEW_FULL_SIZE_WORDS and VIEW_FULL_SIZE.search(text):
        return True
    if "사진" in text and KOREAN_PHOTO_EQUALS.search(text.rstrip()):
        return True
    if text[:1] in "▲↑△" and KOREAN_ARROW_CAPTION.match(text.strip()):
        return True
    return bool(PICTURE_NUMBER_TAIL.search(text.rstrip()))


# QUOTE_THEN_ITS_SPEAKER: a line opening with a quotation closed by its comma or stop and the words after it ("\"... di
# pasar ini,\" jelas Bupati. (JANE ROE/B-2)") is the article's reported speech, signed by its writer: no caption quotes.
QUOTE_THEN_ITS_SPEAKER = re.compile(r"^[\"“„«][^\"“”„«»]{20,}?[,.!?][\"”»]\s++[^\W\d_]")


# CREDIT_AROUND_A_CAPTION: a caption between two copies of its picture's credit ("Example Images Jane Roe pictured in
# 2017, in a black blouseExample Images", the credit printed over the picture and again after its caption): the same
# one to three capitalised words open and close the line, the last a picture credit's word or an agency's initials. A
# sentence of the text ends with its stop, not with a name.
# (CREDIT_AROUND_THE_WORD: or around the picture's word alone, "EXA Image EXA", the caption itself lost)
CREDIT_AROUND_A_CAPTION = re.compile(
    r"^(?P<credit>(?:[A-Z][\w&.'’-]*+ ){0,2}(?:Images|Photos?|Media|Pictures|Photography|[A-Z]{2,6}))\s"
    r"(?:.{10,}?|(?:Image|Photo|Foto|Beeld|Bild|Picture))\s?(?P=credit)\s*$"
)


# PICTURE_CREDIT_SHAPES: more of a picture's credit and caption, as the development pages printed them:
# - BULLET_PHOTOS_TAIL: the credit after a bar or a bullet, ending with the picture's word ("Harbour Road at dawn  •  PA
#   Photos", "... | Example Images");
# - PHOTO_LABEL_INSIDE: a caption, then the credit's label after a colon ("Xi and Putin: Photo: Kremlin's website").
BULLET_PHOTOS_TAIL = re.compile(r"\S\s+[|•·]\s+(?:[A-Z][\w&.'’-]*+\s){1,3}(?:Photos?|Images|Pictures)\s*$")
PHOTO_LABEL_INSIDE = re.compile(r"^[^:]{3,60}:\s(?:Photo|Foto|Photograph)\s?:\s\S[^:]{1,60}$")
MIN_WORDS_BEFORE_THE_TAIL = 4


def picture_credit_shapes(text: str, key: str) -> bool:
    """CREDIT_AROUND_A_CAPTION and PICTURE_CREDIT_SHAPES (above)."""
    stripped = text.strip()
    if CREDIT_AROUND_A_CAPTION.match(stripped) or PHOTO_LABEL_INSIDE.match(stripped):
        return True
    tail = BULLET_PHOTOS_TAIL.search(stripped)
    return tail is not None and len(stripped[: tail.start()].split()) >= MIN_WORDS_BEFORE_THE_TAIL


def caption_credit_tail(text: str, key: str) -> bool:
    # CREDIT_TAIL_SHAPES: a caption (at most MAX_AGENCY_CAPTION_WORDS words) with words before its credit
    if spaced_words(text) > MAX_AGENCY_CAPTION_WORDS:
        # LONG_PHOTO_SLASH_CAPTION
        long_caption = spaced_words(text) <= MAX_PHOTO_SLASH_CAPTION_WORDS and ends_sentence(text[: text.rfind(" ")])
        return long_caption and BRACKETED_PHOTO_SLASH.search(text[-CAPTION_TAIL_CHARS:]) is not None
    if QUOTE_THEN_ITS_SPEAKER.match(text.strip()):
        return False
    tail = text[-CAPTION_TAIL_CHARS:]
    for pattern in (
        PHOTO_SLASH_TAIL,
        SENTENCE_SLASH_TAIL,
        BRACKETED_PHOTO_TAIL,
        COPYRIGHT_TAIL,
        GLUED_SLASH_TAIL,
        VIDEO_SOURCE_TAIL,
        PHOTO_WORD_TAIL,
        NAME_SLASH_SOURCE_BRACKETS,
        PHOTO_VIA_BRACKETS,
        FILE_MARK_TAIL,
        LABELLED_BRACKET_TAIL,
    ):
        match = pattern.search(tail)
        before = text[: len(text) - len(tail) + match.start()].strip(" .|-–—") if match else ""
        if pattern is GLUED_SLASH_TAIL and len(LETTER_WORD.findall(before)) < GLUED_SLASH_MIN_WORDS:
            continue  # (a date line's section path, "14/05/2010 08:59 - Brasil/Mundo", has no caption before it)
        if before:
            return True
    if CREDIT_AFTER_THE_STOP.search(tail) and spaced_words(text) >= MIN_WORDS_BEFORE_THE_NAME:
        return True  # CREDIT_AFTER_THE_STOP
    small_name = LOWER_CASE_NAME_AFTER_THE_STOP.search(tail)
    if small_name and spaced_words(text) >= MIN_WORDS_BEFORE_THE_NAME:
        if not stopwords.in_any_list(small_name.group().split()[-1]):
            return True  # LOWER_CASE_NAME_AFTER_THE_STOP
    name_after = NAME_AFTER_THE_STOP.search(tail)
    if (
        name_after
        and is_names_only(name_after["name"])
        and spaced_words(text[: -len(name_after.group())]) >= MIN_WORDS_BEFORE_THE_NAME
    ):
        return True  # NAME_AFTER_THE_STOP
    # (the caption's clause is part of its pattern; a credit's "By" before it makes the line a credit with its source,
    # "Por: Jane Roe Fonte: Example Notícias")
    return bool(SOURCE_LABEL_TAIL.match(text)) and not BY_PREFIX.match(text)


# FEED_FOOTER: a feed's footer under a reposted item ("The post <headline> appeared first on <site>."): it names the
# post's headline and the site the copy came from (archive.sources reads the site as the wire).
FEED_FOOTER = re.compile(r"^The post (?P<title>.{3,300}?) appeared first on (?P<site>.{2,120}?)\.?$")


def feed_footer(text: str, key: str) -> bool:
    return bool(FEED_FOOTER.match(text.strip()))


def source_credit(text: str, key: str) -> bool:
    # "Source: NDO", "Via: Outlet" under a reprint; a sentence about sources ("Sources said ...") has no colon.
    # With a date on it ("Source: Xinhua | 2019-06-05") it is a credit line the byline role keeps instead.
    if AGENCY_MATERIAL_CREDIT.match(text.strip()) and spaced_words(text) <= MAX_AGENCY_MATERIAL_WORDS:
        return True
    if EDITORS_THEN_AGENCIES.match(text.strip()) or BASED_ON_REPORTING.match(text.strip()):
        return True
    return bool(SOURCE_LINE.match(text)) and not any(ch.isdigit() for ch in text)


# AGENCY_MATERIAL_CREDIT: the line saying the copy drew on an agency's, in the archive's languages ("Con información de
# EFE", "Com informações da Agência Brasil", "Mit Material von dpa", "С использованием материалов ТАСС"), or the bare
# "with" and a known agency's name in brackets or alone ("(mit dpa)", "(con EFE)", "Avec AFP"): a credit out of the text
# (archive.sources reads the wire: WITH_MATERIAL_FROM). A sentence goes on past the name.
_AGENCY_NAME = r"(?:" + "|".join(sorted(map(re.escape, WIRE_NAMES), key=len, reverse=True)) + r")"
AGENCY_MATERIAL_CREDIT = re.compile(
    r"^[-–—(\[]?\s*+(?:(?i:con informaci[óo]n(?:es)? (?:de|del)(?: la agencia)?|com informa[çc](?:õ|o)es (?:do|da|de|dos|das)|"
    r"mit material (?:von|der|aus)|с использованием материалов|по материалам)\s++[^()\[\].!?]{2,60}"
    rf"|(?i:mit|con|com|avec|with)\s++(?i:{_AGENCY_NAME})(?:\s?(?:/|,|and|y|e|und|et)\s?(?i:{_AGENCY_NAME}))*)"
    r"\s*+[)\]]?\.?$"
)
MAX_AGENCY_MATERIAL_WORDS = 10
# EDITORS_THEN_AGENCIES: a sign-off of the editors' initials and the agencies the copy drew on in brackets ("jsi/msh
# (dpa, AFP)", Deutsche Welle's); BASED_ON_REPORTING: "Based on reporting by AFP and TASS". Known agencies only.
_AGENCY_LIST = rf"(?i:{_AGENCY_NAME})(?:\s?(?:,|/|and|&)\s?(?i:{_AGENCY_NAME}))*"
EDITORS_THEN_AGENCIES = re.compile(rf"^[a-z]{{2,4}}(?:/[a-z]{{2,4}}){{0,3}}\s?\((?P<agencies>{_AGENCY_LIST})\)$")
BASED_ON_REPORTING = re.compile(rf"^(?i:based on (?:reporting|reports) (?:by|from))\s{_AGENCY_LIST}\.?$")


# CONTRIBUTED_CREDIT: the tail line naming who else reported the story ("Example News' Jane Roe and John Doe contributed
# to this report.", "The Associated Press contributed reporting."): a credit out of the text, read by the authors' and
# the wire's rules (a newsroom's possessive before the people, "org"; the people or an agency, "names").
_CREDITED_NAME = r"[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,4}"
CONTRIBUTED_CREDIT = re.compile(
    r"^(?:(?P<org>(?:The )?[A-Z][\w.&-]*+(?: [A-Z][\w.&-]*+){0,3})(?:['’]s|['’]) )?"
    r"(?:(?i:staff |senior |contributing )?(?i:writers?|reporters?|correspondents?) )?"
    rf"(?P<names>{_CREDITED_NAME}(?:(?:, | and | & |, and ){_CREDITED_NAME}){{0,5}})"
    r" (?:also )?contributed(?: (?:reporting|to this (?:report|story|article))){1,2}\.?$"
)


# REPORTER_REPORTS_FROM: a broadcaster's line handing over to its reporter ("Example TV's Jane Roe reports from
# Beijing.", "Jane Roe reports."), alone on its line: the piece's reporter, a credit out of the text.
REPORTS_FROM = re.compile(
    r"^(?:(?P<org>[A-Z][\w.&-]*+(?: [A-Z][\w.&-]*+){0,3})['’]s )?(?P<names>[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){1,3})"
    r" reports(?: from (?P<place>[A-Z][\w.'’-]*+(?:,? [A-Z][\w.'’-]*+){0,3}))?\.?$"
)


def contributed_credit(text: str, key: str) -> bool:
    return bool(CONTRIBUTED_CREDIT.match(text.strip()) or REPORTS_FROM.match(text.strip()))


def republished_notice(text: str, key: str) -> bool:
    return bool(
        REPUBLISHED_UNDER_LICENCE.match(text.strip())
        or REPUBLISHED_WITH_PERMISSION.match(text.strip())
        or READ_IT_AT.match(text.strip())
    )


# READ_IT_AT: a digest's link to the story it sums up, named by its publisher ("Read it at Associated Press"), perhaps
# with the next section's name run into it ("Read it at Associated PressSports"): the copy's source (archive.sources
# reads the name as the wire, WIRE_READ_IT_AT); the digest's text goes on below it
READ_IT_AT = re.compile(
    r"^Read (?:it|more|the (?:full )?story) at (?P<site>[A-Z][\w&'’.-]*?(?: [A-Z][\w&'’.-]*?){0,4})"
    r"(?P<glued>(?<=[a-z])[A-Z][a-z]{2,15})?$"
)


NOT_TAG_CLOUD = re.compile(r"[.,;:!?\"“”()—–]")


# TAG_SEQUENCE_REPEATED: a run-on line of tags printed twice over ("Jane Roe Harbour Grain Trade (2024) Jane Roe
# Harbour ...") repeats a sequence of TAG_SEQUENCE_WORDS words; brackets around one tag do not make it a sentence.
TAG_SEQUENCE_WORDS = 3
NOT_TAG_SEQUENCE = re.compile(r"[.,;:!?\"“”—–]")


def repeats_a_sequence(words: list[str], size: int = TAG_SEQUENCE_WORDS) -> bool:
    """Some run of size words appears twice in words (case-blind)."""
    seen: set[tuple[str, ...]] = set()
    lowered = [w.casefold() for w in words]
    for i in range(len(lowered) - size + 1):
        run = tuple(lowered[i : i + size])
        if run in seen:
            return True
        seen.add(run)
    return False


# SEMICOLON_KEYWORDS: a CMS's keywords printed as one line joined by semicolons ("Example Bank;MNB;Interest rates;
# inflation;"): MIN_SEMICOLON_KEYWORDS items or more of up to MAX_KEYWORD_WORDS words each, no sentence's ending, the
# semicolons without a space after them or one closing the line (a sentence's semicolons are followed by a space), in a
# spaced script (Chinese and Japanese join clauses of a sentence or a headline so: "...管理层;华为宣布...").
MIN_SEMICOLON_KEYWORDS = 3
MAX_KEYWORD_WORDS = 4
UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def _semicolon_keywords(text: str) -> bool:
    stripped = text.strip()
    items = stripped.rstrip(";").split(";")
    if len(items) < MIN_SEMICOLON_KEYWORDS or ("; " in stripped and not stripped.endswith(";")):
        return False
    if UNSPACED_SCRIPT.search(stripped):
        return False
    return all(0 < len(item.split()) <= MAX_KEYWORD_WORDS and not ends_sentence(item) for item in items)


# TAGS_IN_SMALL_LETTERS_WITH_BARS: a post's keywords between bars, each in small letters ("election2018 | harbour |
# mayor | city council"): MIN_BARRED_TAGS items or more, each of one to three words, no capital, no
# sentence's punctuation (a menu's items, capitalised, and a table's row are other rules').
BARRED_TAG = re.compile(r"[a-z0-9][a-z0-9'’-]*(?: [a-z0-9][a-z0-9'’-]*){0,2}")
MIN_BARRED_TAGS = 3


def _tags_in_small_letters(text: str) -> bool:
    items = [item.strip() for item in text.split(" | ")]
    return len(items) >= MIN_BARRED_TAGS and all(BARRED_TAG.fullmatch(item) for item in items)


# TITLE_CASE_SMALL_WORDS: English articles, prepositions and the like, which a headline in Title Case capitalises ("The
# Unique Culture Of The Kentucky Derby To Be The Focus Of ..."): their repeats are no tag's.
TITLE_CASE_SMALL_WORDS = frozenset("a an the of to in on at by for from with and or but as be is are was into".split())


def tag_cloud(text: str, key: str) -> bool:
    # "Tags: Putin, Xi" or a run-on line of tags: 8+ words, no punctuation at all, mostly capitalised, words repeated.
    if TAG_LEAD.match(text) or _semicolon_keywords(text) or (" | " in text and _tags_in_small_letters(text)):
        return True
    words = text.split()
    if NOT_TAG_CLOUD.search(text):
        if len(words) < 8 or NOT_TAG_SEQUENCE.search(text) or not repeats_a_sequence(words):
            return False
        return sum(1 for w in words if w[:1].isupper()) >= len(words) / 2  # TAG_SEQUENCE_REPEATED
    if len(words) < 8:
        return False
    if holds_a_day_date(text):
        return False  # DATE_PRINTED_TWICE: "By Jane Roe 27 September 2019 Updated 27 September 2019" is a credit's line
    capitalised = sum(1 for w in words if w[:1].isupper()) / len(words)
    # tags repeat their names, not the small words between them ("Head of Department of Civil Aviation Committee of
    # Ministry of ..." is a title cut short): words in capitals, of four letters or more, and separators ("|") count
    # (TITLE_CASE_SMALL_WORDS: nor the small words a headline in Title Case capitalises, "The ... Of The ... To Be The")
    named = [
        w.lower() for w in words if (w[:1].isupper() or len(w) > 3 or not w.isalnum()) and w.lower() not in TITLE_CASE_SMALL_WORDS
    ]
    repeated = bool(named) and len(set(named)) / len(named) <= 0.75
    return capitalised >= 0.5 and (repeated or len(words) >= 25)


def label_run(text: str, key: str) -> bool:
    # A menu row run together: "Skip to primary navigation Skip to main content", "PUBLISHED: | UPDATED:",
    # "English English Español Español" -- every word belongs to a label, read greedily longest first (token look-ups,
    # at most MAX_LABEL_WORDS tries a word: linear). One label alone is the exact-label rules' business.
    if ends_sentence(text):
        return False
    words = key.split()
    if not words or len(words) > MAX_LABEL_RUN_WORDS:
        return False
    if len(words) >= MIN_LABEL_RUN and all(w in LANGUAGE_CODES for w in words):
        return True  # "ua en ru"
    labels = RUN_LABELS
    found = []
    i = 0
    while i < len(words):
        for size in range(min(MAX_LABEL_WORDS, len(words) - i), 0, -1):
            label = " ".join(words[i : i + size])
            if label in labels:
                found.append(label)
                i += size
                break
        else:
            return False
    return len(found) >= MIN_LABEL_RUN or all(label in LANGUAGE_NAMES for label in found)


# SECTIONS_IN_CAPITALS: a menu row in capitals ("GÜNCEL POLİTİKA YEREL YÖNETİMLER EKONOMİ SPOR MAGAZİN RÖPORTAJLAR YAZAR
# CAFE FOTO GALERİ VİDEO GALERİ"), MIN_CAPS_MENU_SECTIONS section names or more making up two thirds of its words or
# more (one of its items may be the site's own, "YAZAR CAFE"): a menu, never a headline.
MIN_CAPS_MENU_SECTIONS = 4
MIN_CAPS_MENU_WORDS = 6


def sections_in_capitals(text: str, key: str) -> bool:
    if not text.isupper() or spaced_words(text) < MIN_CAPS_MENU_WORDS or ends_sentence(text):
        return False
    words = (key or key_of(text)).split()
    covered = found = i = 0
    while i < len(words):
        size = next(
            (n for n in range(min(MAX_LABEL_WORDS, len(words) - i), 0, -1) if " ".join(words[i : i + n]) in SECTION_LABELS), 0
        )
        if size:
            covered, found, i = covered + size, found + 1, i + size
        else:
            i += 1
    return found >= MIN_CAPS_MENU_SECTIONS and 3 * covered >= 2 * len(words)


def section_run(text: str, key: str) -> bool:
    # A row of rubric names ("Asia Latest Stories North America World"): a label run made of section names only.
    return label_run(text, key) and _all_sections(key)


def _all_sections(key: str) -> bool:
    words = key.split()
    i = 0
    while i < len(words):
        for size in range(min(MAX_LABEL_WORDS, len(words) - i), 0, -1):
            if " ".join(words[i : i + size]) in SECTION_LABELS:
                i += size
                break
        else:
            return False
    return True


# LISTEN_TO_ARTICLE: a text-to-speech player's buttons, in one language or several run together ("Ascultă articolul în
# limba română Listen to the article in English Écoutez l'article en français"), on a short line that ends no sentence
# ("Listen to the article he wrote in 1998, she said." is one).
LISTEN_TO_ARTICLE = re.compile(
    r"^(?:listen to (?:this (?:article|story)|the article)|ascultă articolul|écoutez (?:l'|l’|cet )article|"
    r"escucha (?:el|este) artículo|artikel (?:vor)?(?:an)?hören|ouça (?:a|esta) (?:matéria|notícia|reportagem)|"
    r"ascolta (?:l'|l’|questo )articolo|прослушать статью|послушать статью|dengarkan artikel)\b",
    re.I,
)
MAX_LISTEN_WORDS = 30


def video_widget(text: str, key: str) -> bool:
    # A player's text: its controls and clock ("Now Playing", "Current Time 0:00"), its vendor ("Wochit"), a podcast
    # button ("Listen on Apple Podcasts"), or a video's length before its title ("2:57 FREE TO WATCH: Highlights ...").
    if (key or key_of(text)) in VIDEO_LABELS or VIDEO_CLOCK.match(text.strip()):  # long lines come without their key
        return True
    if LISTEN_TO_ARTICLE.match(text.strip()) and text.count(" ") < MAX_LISTEN_WORDS and not ends_sentence(text):
        return True
    # VIDEO_VENDOR_TAIL: a video's summary run into its vendor's name after its full stop ("CLOSE Former mayor has died at
    # the age of 91. Wochit"), its player's close button before it
    last = text.rstrip().rsplit(" ", 1)
    if (
        len(last) == 2
        and last[1].casefold() in VIDEO_VENDORS
        and ends_sentence(last[0])
        and text.count(" ") < MAX_VIDEO_TAIL_WORDS
    ):
        return True
    if PLAY_BUTTON_TAIL.search(text) and spaced_words(text) <= MAX_VIDEO_TAIL_WORDS:
        return True
    if VIDEO_ON_THE_TOPIC.match(text.strip()) and spaced_words(text) <= MAX_VIDEO_TAIL_WORDS:
        return True
    return text[:1].isdigit() and bool(VIDEO_LEAD.match(text))


# PLAY_BUTTON_TAIL: a video's title with its player's button run on after an arrow ("Jury returns verdict »Play Video",
# "Storm hits the coast ▶ Watch Video"): the arrow glued to the button's words ends the line.
# VIDEO_ON_THE_TOPIC: a player's label and its video's title, "Video zum Thema: Landtagswahl in Bayern" (German "video
# on the topic"), "Vidéo sur le même sujet : ...", "Related video: ..."
VIDEO_ON_THE_TOPIC = re.compile(r"^(?i:video zum thema|vidéo sur le même sujet|related video|video relacionado)\s?:\s?\S")
PLAY_BUTTON_TAIL = re.compile(r"\s?[»›▶►]\s?(?:Play|Watch) (?:Video|Now)$")
MAX_VIDEO_TAIL_WORDS = 50


# PAGE_NOTICE: a widget's message printed as text: the page's own "Link copied to clipboard" in any of the archive's
# languages ("El código iframe se ha copiado en el portapapeles"), and a theme's echo of the page's title ("You are
# currently viewing <title>", "No momento, você está visualizando <title>").
CLIPBOARD_NOTICE = re.compile(
    r"copied to (?:the |your )?clipboard|copiado (?:en el|al|para o|para a área de transferência|no)\s?portapapeles|"
    r"se ha copiado en el portapapeles|copié dans le presse-papiers?|in die zwischenablage kopiert|copiato negli appunti|"
    r"скопирован\w* в буфер обмена|скопійовано в буфер обміну|skopiowan\w* do schowka|panoya kopyalandı",
    re.I,
)
CURRENTLY_VIEWING = re.compile(
    r"^(?:you are currently viewing|no momento,? você está visualizando|actualmente estás viendo|"
    r"vous consultez actuellement)\s",
    re.I,
)


# (LITE_VERSION_NOTICE: the offer of the site's lighter version, "Switch to the lite version if your network is slow",
# "Bạn có thể chuyển sang phiên bản mobile rút gọn của Example nếu mạng chậm. Đóng")
LITE_VERSION_NOTICE = re.compile(
    r"\bswitch to (?:the |our )?(?:lite|light|mobile|desktop|classic|text-only) (?:version|site|edition)\b|"
    r"\bchuyển sang phiên bản\b",
    re.I,
)


# OUTDATED_BROWSER: the notice a site's page template shows to old browsers ("You are using an outdated browser. Please
# upgrade your browser to improve your experience.", a page boilerplate's words; "Your browser is out of date"; "You are
# using an older browser version. Please use a supported version for the best Example experience.").
# (DETECTED_OUTDATED_BROWSER: "We have detected that you are using an outdated browser. ... An upgrade is required ...",
# the notice opening with what the site detected, and longer: up to MAX_BROWSER_NOTICE_WORDS words)
# (NOTICE_LABEL_FIRST: "Notice: you are using an outdated browser. ...", the notice's label before it; JAVASCRIPT_NEEDED:
# "Sorry, you need to enable JavaScript to visit this website.")
OUTDATED_BROWSER = re.compile(
    r"^(?:(?:notice|warning|attention)\s?:\s?)?(?:(?:we have detected that )?you(?: are|(?:'|’)re) using an? (?:outdated|old|older|unsupported|out-of-date) (?:web )?browser|"
    r"your (?:web )?browser is (?:out of date|outdated|not supported|no longer supported)|please (?:upgrade|update) your browser|"
    r"(?:sorry, )?(?:you need to|you must|please) enable javascript\b|javascript (?:is )?(?:disabled|required))\b",
    re.I,
)
MAX_PAGE_NOTICE_WORDS = 30  # (LITE_VERSION_NOTICE: the offer and its "Close"; a longer line is a sentence about it)
MAX_BROWSER_NOTICE_WORDS = 60


# CTRL_ENTER_NOTICE: a spelling-report plugin's call, in any language, names its keys ("Found a typo? Select it and press
# Ctrl+Enter", "Если вы заметили ошибку, выделите её и нажмите Ctrl+Enter"); a short line naming them is the notice.
CTRL_ENTER = re.compile(r"\bctrl\s?\+\s?enter\b", re.I)
# (SPELLING_NOTICE_CUT: its Russian, Ukrainian or English wording cut before the keys, "Якщо ви помітили помилку на цій
# сторінці, виділіть її і нат": the mistake and the call to select it)
SPELLING_NOTICE = re.compile(
    r"^(?:якщо ви (?:помітили|знайшли) помилку|если вы (?:заметили|нашли) ошибку|нашли ошибку|знайшли помилку)[^.!?]{0,60}?"
    r"\b(?:виділіть|выделите)\b"
    # (in English: "In case you have found a mistake in the text, please send a message to the editor by selecting")
    r"|^(?:if|in case) you (?:have )?(?:found|noticed|spotted|see) (?:a |an )?(?:mistake|error|typo)s? (?:in|on) (?:the|this) "
    r"(?:text|article|page|story|site|news)\b[^.!?]{0,80}?"
    r"\b(?:select|selecting|highlight|highlighting)\b",
    re.I,
)
# ERROR_REPORT_CALL: the site's question inviting the reader to report an error in the text ("Želite li dopuniti temu ili
# prijaviti pogrešku u tekstu?", "Spotted an error in this article?", "Haben Sie einen Fehler im Text gefunden?"): a
# question of at most MAX_PAGE_NOTICE_WORDS words opening on the reader ("Spotted", "Have you found", "Haben Sie") and
# naming an error in the text, or holding the verb "to report an error" ("prijaviti pogrešku", "nahlásit chybu").
# A question in the text asks about someone else: "Did the nurses find an error in the article?" stays.
ERROR_REPORT_CALL = re.compile(
    r"^(?:spotted|found|noticed|seen|see|have you (?:spotted|found|noticed|seen)|did you (?:spot|find|notice|see)|"
    r"haben sie|hast du|avez-vous|vous avez|hai (?:trovato|notato)|¿?has?\s(?:encontrado|visto)|encontrou|viu)\b"
    r"[^?]{0,60}?\b(?:an?\s|any\s|einen\s|une\s|un\s|um\s)?(?:error|mistake|typo|fehler|erreur|errore|erro)s?\s"
    r"(?:in|im|dans|nel|en|no|na)\s(?:the\s|this\s|dem\s|diesem\s|cet\s|ce\s|questo\s|este\s|el\s|o\s)?"
    r"(?:text|article|story|texte|artikel|testo|articolo|texto|artigo)\b"
    r"|\b(?:prijavi\w*\s(?:pogrešku|grešku)|nahlás\w*\schybu|zgłoś\w*\sbłąd)\b",
    re.I,
)


# AGGREGATOR_SOURCE_NOTICE: a news aggregator's notice under each excerpt, where its source is named and how to report
# a fake ("Источник новостей указан в начале и в конце анонса. В рамках борьбы с фейками вы можете пожаловаться на
# новость"): the reader's complaint about the news, no sentence of the news
AGGREGATOR_SOURCE_NOTICE = re.compile(
    r"^(?:источник (?:новост(?:и|ей)|материала|информации) указан\b|(?:в рамках борьбы с фейками )?вы можете пожаловаться "
    r"на (?:новость|материал|публикацию)\b)",
    re.I,
)


# ... and its dialogue's own lines (the plugin prints them in English whatever the site's language)
SPELLING_REPORT_LINES = _words("""
    spelling error report
    the following text will be sent to our editors
    are you sure want to unlock this post
    are you sure want to cancel subscription
    update required flash plugin
    unlock left 0
""")


# RATING_WIDGET: a rating box's lines ("Rated 0.0 out of 5", "0.0 out of 5 stars (based on 0 reviews)").
RATING_WIDGET = re.compile(
    r"^(?:rated\s+)?\d(?:[.,]\d)?\s+out\s+of\s+5(?:\s+stars)?(?:\s*\(based\s+on\s+\d+\s+(?:reviews?|ratings?|votes?)\))?\.?$",
    re.I,
)


# PORTAL_NOTICE: a portal's furniture around a news site's article; a Korean one's: its link to the site ("해당 언론사로
# 이동합니다", "goes to that outlet"), its reactions widget ("이 기사에 대해 어떻게 생각하시나요?", "what do you think of
# this article?"), and a broadcaster's tip box, its contact labels in brackets ("[메일] ...", "[전화] ...", "[카카오톡] ...")
# and its slogan ("제보가 뉴스가 됩니다", "your tip becomes news")
# (JAPANESE_READ_AT_SOURCE: a Japanese portal's link to the article on its site, "この記事をExampleで読む")
# (KOREAN_PAGE_TOOLS: "URL 복사완료", "URL copied", "※ 뉴스 공유하기", "share the news", "※ 본문 글자 크기 조정", "adjust the text's
# size"; JAPANESE_EXPIRED: "記事の有効期限が切れています。", "the article has expired"; THAI_LOADING_COMMENTS)
PORTAL_NOTICE = re.compile(
    r"해당 언론사로 이동합니다|이 기사에 대해 어떻게 생각하시나요|제보가 뉴스가 됩니다|^\[(?:메일|이메일|전화|팩스|카카오톡|제보)\]"
    r"|^この記事を.{1,30}で読む$|^(?:※\s?)?(?:URL 복사완료|뉴스 공유하기|본문 글자 크기 조정)$|^記事の有効期限が切れています。?$"
    r"|^กำลังโหลดความคิดเห็น"
)
MAX_PORTAL_NOTICE_CHARS = 80
# REPOST_NOTICES: what a reposting site or a feed prints about the copy it carries, no sentence of it: an autoblog's
# "This post was originally published on this site" (the source is only a link), a feed's cut ("Read 2 remaining
# paragraphs | Comments"), a print edition's headline under its label ("Print Headline: Police arrest suspect").
REPOST_NOTICES = re.compile(
    r"^(?:this (?:post|article|story) was originally published on this (?:site|website|blog)\.?$|"
    r"read \d{1,3} remaining paragraphs?\b|print headline\s?:)",
    re.I,
)


# ARCHIVED_SITE_BANNER: an archived site's banner over every page ("This is historical material “frozen in time”. The
# website is no longer updated and links to external websites ... may not work."), its archive's name before it maybe.
# WRITERS_ARTICLE_COUNT: a writer's card's count of her pieces ("(50 articoli pubblicati)", "(12 articles published)").
# SEE_MORE_TAIL: a Japanese topic box's description ending with its link, "... お伝えします。[もっと見る]" ("see more").
# (GOVERNMENT_HISTORY_BANNER: "This was published under the 2019 to 2022 Johnson Conservative government"; PRESS_WIRE_COUNT:
# a release wire's "There were 2,150 press releases posted in the last 24 hours ..."; REDIRECT_NOTICE: "You will be
# redirected to the page you want to view in seconds."; POLL_SHARE: a reaction poll's "0 %" alone; a subscription
# wall's "Please Subscribe to view full content...", "Register New Account", "Choose your membership level"; a
# comment box's "Write your comment 1"; AGGREGATOR_NOTICE: "The website example.com is an aggregator of news from open
# sources. The source is indicated at the beginning ...", a reposting site's note on what it carries)
ARCHIVE_AND_CARD_NOTICES = re.compile(
    r"\bthis is historical material\b|\bthe website is no longer updated\b"
    # (PART_OF_OUR_COVERAGE: the site's note placing the story in its series, "This story is part of our 2017 elections
    # coverage.", alone on its line)
    r"|^this (?:story|article|report|piece) is part of (?:our|the|a|an) [^.!?]{1,80}?\b(?:coverage|series)\.?$"
    r"|^this was published under the \d{4} to \d{4} .{3,60} government$"
    r"|\bpress releases posted in the last 24 hours\b"
    # (ARCHIVED_ITEM_SPAN: a municipal site's archived item, "The original item was published from 11/7/2022 10:36:00 AM
    # to 4/1/2023 12:00:11 AM."; LIVE_STREAM_PROMPTS: a station's player, "You can now click/tap WATCH to start the live
    # stream.", "Press PLAY below to hear the latest")
    r"|^the original item was published from\b"
    # (SUBSCRIBING_HELPS: "By subscribing, you can help us get the story right.", the paywall's appeal)
    r"|^by subscribing,? you (?:can )?help us\b"
    # (TERMS_BOX_NOTE: a tags box's explanation, "The following terms describe the content of this article. Click on a
    # term to see all articles described by that term.")
    r"|^the following terms describe the content of this (?:article|story|page)\b"
    # (SPONSORED_CONTENT_NOTE: "About Sponsored ContentThis content was commissioned by ...", the box's label glued on)
    r"|^about sponsored content(?:this content| this content|$)"
    # (MORE_STORIES_LOADING: a school paper template's note while it loads related stories, "Hang on for a minute...we're
    # trying to find some more stories you might like."; HANDLE_ON_A_PLATFORM: "@ExampleZone on Twitter" alone, the
    # account's link)
    r"|^hang on for a minute\W{0,6}we['’]re trying to find some more stories you might like\b"
    r"|^@\w{2,30} on (?:twitter|x|instagram|tiktok|facebook|threads|bluesky)$"
    r"|^you can now (?:click|tap|click/tap|tap/click) \w+(?: \w+)? to start the live stream\b"
    r"|^press play (?:below |above |here )?to (?:hear|listen|watch)\b"
    r"|^the (?:web ?site|site|portal) \S{2,60} is an? (?:news )?aggregator of news\b"
    r"|^you will be redirected to the page you want to view in\b"
    r"|^\d{1,3}(?:[.,]\d)?\s?%$"
    r"|^please subscribe to (?:view|read|see) (?:the )?full (?:content|article|story)\b|^register new account$"
    r"|^choose your membership level$|^write your comment(?: \d{1,5})?$"
    r"|^\(?\d{1,5} (?:articoli pubblicati|articles? published|artículos publicados|articles publiés|artigos publicados|"
    r"beiträge veröffentlicht)\)?$"
    r"|[\[［]もっと見る[\]］]$",
    re.I,
)
MAX_ARCHIVE_NOTICE_WORDS = 60


# MORE_PAGE_NOTICES: the site's notices the development pages showed:
# - COMMENTS_RESERVED: the comment box's terms ("... we reserve the ability to disable comments from time to time.");
# - FIND_OUR_FILE: the French "find our file on ..." ("Retrouvez ici notre dossier sur ...", "Retrouvez tous nos
#   articles sur ..."), a link to the site's other stories.
COMMENTS_RESERVED = re.compile(
    r"\bwe reserve the (?:right|ability) to (?:disable|close|remove|turn off) (?:the )?comments\b", re.I
)
FIND_OUR_FILE = re.compile(
    r"^retrouvez (?:ici |aussi |également )?(?:tous |toutes )?(?:notre|nos|l['’]ensemble de nos) "
    r"(?:dossiers?|articles?|actualités|infos|reportages?|vidéos?)\b",
    re.I,
)
MAX_MORE_NOTICE_WORDS = 40


def page_notice(text: str, key: str) -> bool:
    if spaced_words(text) <= MAX_MORE_NOTICE_WORDS and (COMMENTS_RESERVED.search(text) or FIND_OUR_FILE.match(text.strip())):
        return True  # MORE_PAGE_NOTICES (above)
    # (the title's echo ends as a title does: no full stop)
    if spaced_words(text) <= MAX_ARCHIVE_NOTICE_WORDS and ARCHIVE_AND_CARD_NOTICES.search(text.strip()):
        return True
    short = spaced_words(text) <= MAX_PAGE_NOTICE_WORDS
    if len(text) <= MAX_PORTAL_NOTICE_CHARS and PORTAL_NOTICE.search(text.strip()):
        return True
    if RATING_WIDGET.match(text.strip()):
        return True
    if short and (LITE_VERSION_NOTICE.search(text) or CTRL_ENTER.search(text) or SPELLING_NOTICE.match(text)):
        return True
    if short and text.rstrip().endswith("?") and ERROR_REPORT_CALL.search(text):
        return True  # ERROR_REPORT_CALL
    if short and AGGREGATOR_SOURCE_NOTICE.match(text.strip()):
        return True  # AGGREGATOR_SOURCE_NOTICE (below)
    if spaced_words(text) <= MAX_BROWSER_NOTICE_WORDS and OUTDATED_BROWSER.match(text):
        return True
    if short and REPOST_NOTICES.match(text.strip()):
        return True
    if key in SPELLING_REPORT_LINES:  # (short lines: only they come with their key)
        return True
    return bool((CURRENTLY_VIEWING.match(text) and not ends_sentence(text)) or CLIPBOARD_NOTICE.search(text))


# MARKDOWN_IMAGE: a picture written in Markdown by the copying tool ("![alternative text](https://.../photo.jpg)"): the
# picture, never the article's words.
# (an address may hold brackets of its own: ".../filters:format(webp)/...")
MARKDOWN_IMAGE = re.compile(r"^!\[[^\]\n]{0,400}\]\((?:[^()\s]|\([^()\s]{0,40}\)){1,800}(?:\s+\"[^\"]{0,200}\")?\)$")


def markdown_image(text: str, key: str) -> bool:
    return text.startswith("![") and bool(MARKDOWN_IMAGE.match(text.strip()))


def widget_error(text: str, key: str) -> bool:
    # "Oops! Something went wrong.", "Please try again later.", "There was an error loading this content." -- the error
    # alone, or with a few words after it ("Something went wrong with the crane on Tuesday, he said." is a sentence).
    if text.count(" ") > 2 * MAX_WIDGET_ERROR_WORDS:
        return False
    key = key or key_of(text)  # (a long line comes without its key)
    if len(key.split()) >= MAX_WIDGET_ERROR_WORDS and not (
        len(key.split()) <= 2 * MAX_WIDGET_ERROR_WORDS and WIDGET_ERROR_END.search(key)
    ):
        return False
    match = WIDGET_ERROR_LINE.match(key)
    if not match:
        return False
    rest = key[match.end() :].strip()
    return len(rest.split()) <= MAX_WIDGET_ERROR_TAIL_WORDS or bool(
        WIDGET_ERROR_LINE.match(rest) or WIDGET_ERROR_END.search(rest)
    )


# MARKDOWN_IMAGE_CARD: a line opening with an image in a copy tool's markdown ("![]() Example: Harbour reopens |",
# "![Harbour](https://...) ..."): a card of the site's, the picture and its link's words; no sentence of an article
# opens with a picture's markup.
MARKDOWN_IMAGE_CARD = re.compile(r"^!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)")


def markdown_image_card(text: str, key: str) -> bool:
    return text.startswith("![") and MARKDOWN_IMAGE_CARD.match(text) is not None


def link_line(text: str, key: str) -> bool:
    # A short label and the link that ends the line ("Read More http://bit.ly/x", "from Top News https://ift.tt/x",
    # "People's Daily Online --- http://...", "(To view the release, go to: http://...)"), or a feed robot's "via IFTTT".
    # A sentence giving an address ("For more information, visit www.example.org.") is kept: it ends with its full stop.
    if key in FEED_ROBOTS:
        return True
    if "http" not in text and "www." not in text:
        return False
    match = LINK_AT_END.search(text)
    if not match:
        return False
    label = text[: match.start()].strip()
    if len(label.split()) > MAX_LINK_LABEL_WORDS or ends_sentence(label):
        return False
    return not label or label[-1] in ":-–—|>»" or bool(LINK_LEAD.match(label))


# WEATHER_READINGS: a forecast box's temperatures in a row, with a word or two between them ("0 °C, -2 °C ... +2 °C
# Tomorrow:+2 °C"): at least MIN_WEATHER_READINGS temperatures, at most MAX_WEATHER_READING_WORDS words of letters
TEMPERATURE = re.compile(r"[-+−]?\d{1,3}(?:[.,]\d)?\s?(?:[°º]\s?[FCС]?|[℃℉])")
MIN_WEATHER_READINGS = 3
MAX_WEATHER_READING_WORDS = 3
MAX_WEATHER_READINGS_CHARS = 80


# WEATHER_CONDITION: the weather box's sky alone on its line ("Mostly Cloudy", "Partly Sunny", "Light Rain",
# "Thunderstorms"): a qualifier and a condition, or a condition no heading is named ("Clear" or "Rain" alone may be one).
WEATHER_CONDITION = re.compile(
    r"^(?:(?:mostly|partly|light|heavy|scattered|isolated|patchy) (?:cloudy|sunny|clear|rain|showers|snow|fog|drizzle|"
    r"thunderstorms?|clouds|sun)|cloudy|sunny|overcast|thunderstorms|drizzle|foggy|hazy|partly cloudy skies)$"
)


# DAYS_WEATHER_LINK: the sky, the temperature and a link to the day's weather ("scattered clouds 58° Sep 8's Weather")
DAYS_WEATHER_LINK = re.compile(r"^[a-z][a-z ]{2,30} [-+−]?\d{1,3}\s?[°º][FC]? [A-Z][a-z]{2,8}\.? \d{1,2}['’]s Weather$")


def weather_widget(text: str, key: str) -> bool:
    # The weather box: "62 F", "-3°C", "London 12°C".
    if WEATHER_CONDITION.match(key) or DAYS_WEATHER_LINK.match(text.strip()):
        return True
    if len(text) <= MAX_WEATHER_READINGS_CHARS and len(TEMPERATURE.findall(text)) >= MIN_WEATHER_READINGS:
        return (
            sum(1 for word in TEMPERATURE.sub(" ", text).split() if any(ch.isalpha() for ch in word)) <= MAX_WEATHER_READING_WORDS
        )
    if len(text) > MAX_WEATHER_CHARS or not any(ch.isdigit() or ch in "°º" for ch in text):
        return False
    return bool(WEATHER_LINE.match(text.strip()))


# ICON_DESCRIPTIONS: a site's icon set printed with each icon's description ("Calendar An icon of a desk calendar.
# Cancel An icon of a circle with a diagonal line across. ..."): the phrase again and again, however long the line.
ICON_DESCRIPTION = re.compile(r"\ban icon (?:of|representing|that)\b", re.I)
MIN_ICON_DESCRIPTIONS = 3


# ICON_ALT_TEXT: an icon's alternative text alone, "Icon" and what it shows in up to four words ("Icon Pfeil nach unten",
# "arrow down"); a name such as "Icon of the Seas" goes on with "of".
ICON_ALT_TEXT = re.compile(r"^(?:Icon|icon|ICON|Ikon|Icône|Icono)\s(?!of\b|the\b|de\b)[^\W\d_]\S*+(?:\s\S++){0,3}$")
# ICON_NAMED_FIRST: a page control's name and then "icon" in small letters, alone ("Comment icon", "Close icon", "Search
# icon"): the controls' names only ("Pop icon" may head a section of the text).
ICON_NAMED_FIRST = re.compile(
    r"^(?:Comment|Comments|Close|Search|Share|Menu|Print|Email|E-mail|Mail|User|Play|Pause|Arrow|Chevron|Calendar|Clock|"
    r"Home|Bookmark|Download|Phone|Info|Warning|External link|Link|Facebook|Twitter|Whatsapp|WhatsApp|Camera|Video|"
    r"Audio|Gallery|Expand|Collapse|Zoom|Settings|Notification|Notifications|Author|Time|Date|Location|Heart|Like|Star|"
    r"Plus|Minus|Chat|Send|Copy|Edit|Delete|Refresh|Filter|Lock|Globe) icon$"
)


# ICON_SAYS_WHAT_IT_INDICATES: one icon's name and its description for screen readers, what it shows and what "it
# indicates" ("Close icon Two crossed lines that form an 'X'. It indicates a way to close an interaction ..."), maybe
# with the link's word run on after it ("... navigation options. HOMEPAGE"): no sentence of an article opens so.
ICON_INDICATES = re.compile(r"^[A-Z][a-z]{1,15}(?: [a-z]{1,15}){0,2} icon (?:[^.]{1,80}\. )?It indicates\b")
MAX_ICON_INDICATES_WORDS = 40


# DIRECTION_ICON_NAME: an icon font's arrow, by its name, beside another icon's on a short line ("Arrow-right Camera",
# "chevron-down Menu"): no text names a direction so.
DIRECTION_ICON_NAME = re.compile(r"\b(?:arrow|chevron|caret|angle)-(?:right|left|up|down)\b", re.I)
MAX_DIRECTION_ICON_WORDS = 4


def icon_text(text: str, key: str) -> bool:
    # Icon-font names printed as text: "icon bookmark icon camera icon check", "fa-facebook fa-twitter".
    if "icon" in text and len(ICON_DESCRIPTION.findall(text)) >= MIN_ICON_DESCRIPTIONS:
        return True
    if DIRECTION_ICON_NAME.search(text) and len(text.split()) <= MAX_DIRECTION_ICON_WORDS and not ends_sentence(text):
        return True
    if (ICON_ALT_TEXT.match(text.strip()) or ICON_NAMED_FIRST.match(text.strip())) and not ends_sentence(text):
        return True
    if ICON_INDICATES.match(text.strip()) and spaced_words(text) <= MAX_ICON_INDICATES_WORDS:
        return True
    key = key or key_of(text)  # long lines are tested without their key
    if "icon" not in key and "fa " not in key and "glyph" not in key and "material" not in key:
        return False
    words = key.split()
    # GLUED_ICON_NAMES: the names may run together ("bookmarkicon cameraicon checkicon"): a word ending in "icon" counts,
    # and one starting with it ("Whatsapp iconFacebook iconX icon...": each alternative text's "icon" glued to the next)
    icons = sum(1 for w in words if w in ICON_WORDS or (len(w) > 4 and (w.endswith("icon") or w.startswith("icon"))))
    return icons >= 2 and icons >= MIN_ICON_SHARE * len(words) and not ends_sentence(text)


# Tickers also run headlines together with bullets or dots: "Storm hits coast • Markets rally again • Team wins".
TICKER_SEPARATORS = ("•", "·", "◆", "■", "▪")
# A ticker has at least this many headlines of at least TICKER_HEADLINE_WORDS words each.
MIN_TICKER_HEADLINES = 3
TICKER_HEADLINE_WORDS = 4


def bullet_ticker(text: str, key: str) -> bool:
    # Three or more headlines of 4+ words run together with " • " (or another bullet) between them.
    separator = next((sep for sep in TICKER_SEPARATORS if f" {sep} " in text), None)
    if separator is None:
        return False
    parts = text.split(f" {separator} ")
    return sum(1 for p in parts if len(p.split()) >= TICKER_HEADLINE_WORDS) >= MIN_TICKER_HEADLINES


# "You are here: Home > World": a breadcrumb that says so (its trail may be a single "Home").
# FOREIGN_YOU_ARE_HERE: the same label in other languages ("您当前的位置：", "Sie sind hier:", "Vous êtes ici :", "Вы здесь:").
YOU_ARE_HERE = re.compile(
    r"^(?:you are here|您当前的位置|您所在的位置|当前位置|您的位置|你的位置|目前位置|本页位置|所在位置|vous êtes ici|sie sind hier|"
    # ("your present position", simplified and traditional: "您现在的位置:Example网>新闻中心>...")
    r"您现在的位置|你现在的位置|您現在的位置|你現在的位置|现在位置|現在位置|您目前的位置|"
    r"usted está aquí|está aquí|вы здесь|ви тут|ви знаходитесь тут|"
    # (YOU_ARE_HERE_MORE_LANGUAGES: "Você está aqui:", "Ti trovi in:", "U bent hier:", "Jesteś tutaj:", "Nacházíte se:",
    # "Sunteți aici:", "Du är här:", "Βρίσκεστε εδώ:", "Anda di sini:")
    r"você está aqui|voce esta aqui|ti trovi in|sei in|u bent hier|je bent hier|u bevindt zich hier|jesteś tutaj|"
    r"jesteś w|nacházíte se|jste zde|sunteți aici|sunteti aici|vă aflați aici|du är här|du er her|"
    r"βρίσκεστε εδώ|είστε εδώ|anda di sini|anda berada di|olet tässä|ön itt van|itt jár|buradasınız)\s*(?:[:：>»›]|home\b)",
    re.I,
)
# ... and it is short.
MAX_YOU_ARE_HERE_WORDS = 12


def you_are_here(text: str, key: str) -> bool:
    # "You are here: Home", "You are here: Home » World » Asia".
    match = YOU_ARE_HERE.match(text)
    if match is None:
        return False
    trail = text[match.end() :].strip()
    if word_count(text) <= MAX_YOU_ARE_HERE_WORDS or breadcrumb(trail, ""):  # a long trail
        return True
    # (TRAIL_TO_THE_HEADLINE: its last crumb the page's headline, of any length: "Você está aqui: Página Inicial /
    # Notícias / <headline>"; the crumbs before it make the trail)
    cut = max(trail.rfind(sep) for sep in (*TRAIL_SEPARATORS, " / "))
    return cut > 0 and breadcrumb(trail[: cut + 1].strip(), "")


# Promos of the site itself, matched on the line's key: "Return to example.com for updates", "Check back later for
# updates", "Personalise your news feed", "Add this topic to your feed", "Get alerts on Harbour news".
SITE_PROMO_LINE = re.compile(
    r"^(?:return to \S+(?: \S+)? for|check back(?: later| soon| here)? for|come back(?: later| soon)? for|refresh (?:this|the) page for)"
    r" (?:updates|the latest|more)\b|"
    r"^(?:personali[sz]e|customi[sz]e|tailor|build|create) (?:your|my) (?:own )?(?:news )?(?:feed|news|homepage|briefing)\b|"
    r"^(?:add|save) (?:this|it|these)? ?(?:topic|story|article|author)?s? ?to (?:your|my) (?:feed|list|reading list|saved|myft)\b|"
    r"^(?:follow|get alerts on|get notified about|get updates on) (?:this )?(?:topic|author|story|these topics)\b|"
    r"^(?:recommended|stories|picked) for you\b|^your (?:feed|personali[sz]ed feed|briefing)\b|"
    r"^don t miss(?: out on)? (?:the )?(?:latest )?(?:headlines|news|stories|updates) (?:from|on|about)\b|"
    r"\bfollowed (?:categories|topics|authors|tags) will be added to\b"
)
# Words one of the site promos has (a cheap test before the pattern).
SITE_PROMO_HINTS = (
    "return",
    "check back",
    "come back",
    "refresh",
    "feed",
    "your",
    "my ",
    "add",
    "save",
    "follow",
    "alert",
    "notified",
    "updates on",
    "for you",
    "miss",
    "followed",
)
# Site promos are short (a personal-feed promo may take two short sentences).
MAX_SITE_PROMO_WORDS = 20


# A whole line in brackets that sends the reader elsewhere: "(To receive our E-paper on WhatsApp daily, click here.)".
BRACKETED_PROMO_WORDS = ("click here", "e paper", "epaper", "subscribe", "download our app", "join our", "follow us")
# ... in a few sentences.
MAX_BRACKETED_PROMO_WORDS = 40


def bracketed_promo(text: str, key: str) -> bool:
    # "(To receive our E-paper on WhatsApp daily, please click here. ...)": an aside in brackets that is a promo.
    stripped = text.strip()
    if not (stripped.startswith(("(", "[")) and stripped.endswith((")", "]"))):
        return False
    key = key or key_of(text)  # long lines are tested without their key
    return len(key.split()) <= MAX_BRACKETED_PROMO_WORDS and any(words in key for words in BRACKETED_PROMO_WORDS)


# A hashtag line has at least this many tags (a lone "#1" may be a ranking).
MIN_HASHTAGS = 2


# SPACED_HASHTAGS: a site's tags printed with "#" and spaces inside them ("# Народно събрание #удължаване на бюджета
# #първо четене"): at least MIN_SPACED_HASHTAGS of them, each of up to MAX_SPACED_HASHTAG_WORDS words, no sentence.
MIN_SPACED_HASHTAGS = 3
MAX_SPACED_HASHTAG_WORDS = 4


def hashtags(text: str, key: str) -> bool:
    # A line of hashtags only: "#HarbourTalks #Grain #Corridor".
    if not text.startswith("#"):
        return False
    words = text.split()
    if len(words) >= MIN_HASHTAGS and all(w.startswith("#") and len(w) > 1 for w in words):
        return True
    tags = text.split("#")[1:]
    return (
        len(tags) >= MIN_SPACED_HASHTAGS
        and all(1 <= len(tag.split()) <= MAX_SPACED_HASHTAG_WORDS for tag in tags)
        and not ends_sentence(text)
    )


def site_promo(text: str, key: str) -> bool:
    # "Return to example.com for updates.", "Personalise your feed", "Follow this topic".
    if spaced_words(text) > MAX_SITE_PROMO_WORDS or not _contains_any(text.lower(), SITE_PROMO_HINTS):
        return False
    key = key or key_of(text)  # long lines are tested without their key
    return bool(SITE_PROMO_LINE.search(key))


# A paywall promo that names the paid product: "Unlock more with HarbourPlus", "Get unlimited access to Example News".
UNLOCK_LINE = re.compile(
    r"^(?:unlock (?:more|unlimited|all|full|exclusive|premium)|get (?:unlimited|full|premium|digital|professional) access|"
    r"(?:try|join|upgrade to) \S+(?: \S+)? (?:for free|premium|plus|today)|subscribe for (?:full|unlimited)|"
    r"enjoy unlimited (?:access|articles|reading)|"
    # ("Upgrade your membership and access our archives", "Upgrade your subscription to read on")
    r"upgrade your (?:membership|subscription|plan|account|access) (?:and|to|for)\b)\b"
)
# ... in a few words.
MAX_UNLOCK_WORDS = 14
# The first words such a promo may start with (a cheap test before the pattern).
UNLOCK_STARTS = ("unlock", "get ", "try ", "join ", "upgrade", "subscribe", "enjoy")


def unlock_promo(text: str, key: str) -> bool:
    # "Unlock more with HarbourPlus", "Get unlimited access to Example News": a promo for the paid edition.
    if not key.startswith(UNLOCK_STARTS):
        return False
    return len(key.split()) <= MAX_UNLOCK_WORDS and bool(UNLOCK_LINE.match(key))


# A line that is a link without its address: "To learn more about the outbreak, click here.", "Click here to join."
# ("Click for more news in Example China>>": a link to the section, its arrows after it)
CLICK_HERE = re.compile(
    r"\b(?:click|tap) (?:here|on this link|on the link below|the link below|for more\b.{1,60}(?:>>|»)$)"
    # (AT_THE_LINK_BELOW: "Read more about the latest findings at the link below.", the link's words alone)
    r"|^(?:read|find out|learn|see|get) more\b.{0,60}\b(?:at|via|through|from|in) the links? below\W*$",
    re.I,
)
# ... in a sentence or two.
MAX_CLICK_HERE_WORDS = 30
# CLICK_HERE_SENTENCES: a line of two sentences or more, each a call to click ("For corrections to this story, click
# here. To submit a letter to the editor, click here. To learn about our AI policy, click here."), is a box of links
# whatever its length; an article's sentence around a call says something else.
CLICK_HERE_SENTENCE = re.compile(r"(?<=\S)[.!]\s+(?=\S)")


# VISIT_WITHOUT_ITS_LINK: a call to visit whose address was lost with its link ("For more information on the flight,
# visit:", "For more cricket news and information, visit"): the line stops at the verb. A sentence naming the place to
# visit ("For more information, visit the council's office.") goes on after it.
MIN_VISIT_CALL_WORDS = 4  # ("For more, see:" is a lead-in's shape too; the call names what is to be found)
VISIT_WITHOUT_ITS_LINK = re.compile(r"^(?:for|to)\b[^.!?]{0,150}?[,\s](?:visit|see|go to)\s?:?$", re.I)


# HERE_IN_CAPITALS: "here" in capitals ending a short line in small letters, a link's word ("Więcej o Ekstraklasie
# zobacz TUTAJ", "Lee la entrevista AQUÍ", "Read the full report HERE"): the link, its address lost. A headline in
# capitals prints every word so.
HERE_IN_CAPITALS = re.compile(
    r"(?<=\s)(?:HERE|TUTAJ|AQUÍ|AQUI|ICI|HIER|QUI|ЗДЕСЬ|ТУТ|DISINI|DI SINI|HÄR|TÄSTÄ|ITT|AICI|OVDJE|OVDE|ZDE)\s?[.!]?$"
)
MAX_HERE_LINK_WORDS = 12


def click_here(text: str, key: str) -> bool:
    # "To learn more about the outbreak, click here.", "Markets are up! Click here for our picks."
    lower = text.lower()
    if lower.rstrip(" :").endswith(("visit", "see", "go to")) and VISIT_WITHOUT_ITS_LINK.match(text.strip()):
        return MIN_VISIT_CALL_WORDS <= spaced_words(text) <= MAX_CLICK_HERE_WORDS  # VISIT_WITHOUT_ITS_LINK
    if HERE_IN_CAPITALS.search(text) and not text.isupper() and spaced_words(text) <= MAX_HERE_LINK_WORDS:
        return True  # HERE_IN_CAPITALS
    if "click" not in lower and "tap " not in lower and "link" not in lower:
        return False
    sentences = CLICK_HERE_SENTENCE.split(text.strip())
    if len(sentences) >= 2 and all(short_line_holds(CLICK_HERE, s, MAX_CLICK_HERE_WORDS) for s in sentences):
        return True  # CLICK_HERE_SENTENCES
    return short_line_holds(CLICK_HERE, text, MAX_CLICK_HERE_WORDS)


# (STAY_WITH_THE_SITE, below: the notice before the call, and what the call is for)
STORY_DEVELOPING = r"(?:this (?:is a|story is) (?:breaking|developing)(?: news)?(?: story)?[.,]? )"
STAY_FOR = r"(?:for (?:more|the latest|further|updates)|as this (?:is a developing story|story develops))\b"
# The site's channels promoted in a sentence: "... stay tuned to our Telegram channel", "Subscribe to our YouTube channel".
CHANNEL_PROMO = re.compile(
    r"\b(?:stay tuned|subscribe|join us|follow us|join)(?: to| on)? our (?:telegram|whatsapp|youtube|vk|viber|signal|instagram|"
    r"tiktok|twitter|facebook|x)(?: channel| group| page| account)?\b"
    # STAY_TUNED_TO_THE_SITE: "Stay tuned to Example TV for more." (archive.sources reads the site's name); STAY_WITH_THE
    # SITE: a station's call to stay with it, after its notice that the story is breaking ("This is a breaking news
    # story. Stay with Example 12 for the latest updates.", "Stay with Example 42 as this is a developing story.")
    rf"|^{STORY_DEVELOPING}?stay (?:tuned to|with) (?-i:[A-Z0-9])[\w.&'’ -]{{1,40}}? {STAY_FOR}"
    # LIKE_AND_FOLLOW: "Like Business on Facebook, follow @ExampleBusiness on Twitter to stay informed ..."
    r"|^like (?-i:[A-Z])[\w.&'’ -]{1,40}? on facebook,? (?:and )?follow @\w{1,30} on (?:twitter|x)\b"
    # (STAY_CONNECTED: a station's call, its name lost with its logo, "Stay connected to as stories develop and the
    # Example 31 Newscast at 10 PM.")
    r"|^stay connected (?:to|with)\b.{0,60}?\b(?:as (?:the |this )?stor(?:y|ies) develops?|for (?:the latest|updates|more))\b"
    # (ALREADY_FOLLOWING: "Já segue a Informação da Example no WhatsApp? É só clicar aqui")
    r"|^já segue [^?]{2,60}? no (?:whatsapp|telegram|instagram|facebook|youtube)\?",
    re.I,
)
# ... in at most this many words.
MAX_CHANNEL_PROMO_WORDS = 40


def channel_promo(text: str, key: str) -> bool:
    # "Due to censorship, stay tuned to our Telegram channel", "Subscribe to our YouTube channel for more videos".
    lowered = text.lower()
    if (
        " our " not in lowered
        and "stay " not in lowered
        and not (lowered.startswith("like ") and " follow @" in lowered)
        and not lowered.startswith("já segue")
    ):
        return False  # (a quick look first: the promos say "our", "stay", or like and follow)
    return short_line_holds(CHANNEL_PROMO, text, MAX_CHANNEL_PROMO_WORDS)


# A photo credit that names the wire and the photographer's agency: "(Reuters via Sputnik/Jane Example)".
WIRE_VIA_CREDIT = re.compile(
    r"^[(\[](?:Reuters|REUTERS|AP|AFP|EPA|Xinhua|TASS|Sputnik|Getty Images|Bloomberg|ANI|PTI) via [^()\[\]]{1,60}[)\]]$"
)


def wire_via_credit(text: str, key: str) -> bool:
    # "(Reuters via Sputnik/Jane Example)", "(AFP via Getty Images)" on a line of its own.
    return bool(WIRE_VIA_CREDIT.match(text.strip()))


# The comment box's own sentences: "With your current subscription plan you can comment on stories.", "Commenting is closed."
COMMENT_LINE = re.compile(
    r"\b(?:you can comment on (?:stories|articles|this)|before writing your first comment|your first comment|"
    r"to (?:post|leave|write) a comment|commenting (?:is|has been) (?:closed|disabled|unavailable)|"
    r"comments (?:are|have been) (?:closed|disabled|(?:(?:pre|post|reactively|fully)[- ])?moderated)|comments? policy|"
    r"community guidelines|"
    # AKISMET: a comment form's notices ("This site uses Akismet to reduce spam. Learn how your comment data is
    # processed.", "You only need to enter your comment once!", "Comments will appear once they have been moderated.")
    r"comment data is processed|enter your comment once|comments will (?:appear|be (?:published|visible))|"
    r"(?:drop|leave|post|share) (?:a|your) comments? (?:below|here)|let us know in the comments|"
    # (OPINION_CALL: "Let us know what you think in the comments.", and the call for the reader's opinion in Dutch,
    # German, French and Spanish: "We horen je mening graag.", "Sagen Sie uns Ihre Meinung", "Donnez votre avis")
    r"let us know what you think in the comments|we horen (?:graag )?je mening|geef (?:hier )?je mening|"
    r"sagen sie uns ihre meinung|wir freuen uns auf ihre meinung|donnez(?:-nous)? votre avis|"
    r"(?:déjanos|danos|deja) tu (?:opinión|comentario))\b",
    re.I,
)
# ... at most this many words.
MAX_COMMENT_LINE_WORDS = 60


def comment_text(text: str, key: str) -> bool:
    # "With your current subscription plan you can comment on stories. However, before writing your first comment ..."
    lower = text.lower()
    if not any(word in lower for word in COMMENT_LINE_WORDS):
        return False  # (a quick look before the pattern)
    return short_line_holds(COMMENT_LINE, text, MAX_COMMENT_LINE_WORDS)


COMMENT_LINE_WORDS = ("comment", "community guidelines", "mening", "meinung", "avis", "opinión")


# The article continued elsewhere: "Key Stats (on next page)…", "Continued on page 4".
NEXT_PAGE = re.compile(r"\b(?:continued )?on (?:the )?next page\b|\bcontinued on page \d+\b|\bcontinue to page \d+\b", re.I)
# ... on a short line.
MAX_NEXT_PAGE_WORDS = 12


def next_page(text: str, key: str) -> bool:
    # "Key Stats (on next page)…", "Continued on page 4".
    if "page" not in text.lower():
        return False
    return short_line_holds(NEXT_PAGE, text, MAX_NEXT_PAGE_WORDS)


# A site's disclosure of how it earns money: "We may earn a commission ...", "Our website is advertising-supported."
AFFILIATE_LINE = re.compile(
    r"\b(?:we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|fee)|affiliate (?:links?|commissions?|partnerships?)|"
    r"advertising-supported|ad-supported|advertiser disclosure|sponsored by our partners)\b",
    re.I,
)
# Words one of the disclosures has (a cheap test before the pattern).
AFFILIATE_HINTS = ("commission", "compensation", "fee", "affiliate", "supported", "disclosure", "sponsored")
# The site speaks of itself (we, our, us): an article about affiliate marketing does not.
FIRST_PERSON = frozenset("we our us".split())
# ... in at most this many words (a disclosure may take a paragraph).
MAX_AFFILIATE_WORDS = 120


def affiliate_disclosure(text: str, key: str) -> bool:
    # "We are independent & ad-supported. We may earn a commission for purchases made through our links."
    if not _contains_any(text.lower(), AFFILIATE_HINTS):
        return False
    if spaced_words(text) > MAX_AFFILIATE_WORDS or not AFFILIATE_LINE.search(text):
        return False
    return bool(set(WORD.findall(text.lower())) & FIRST_PERSON)


# A menu flattened into one line keeps wide gaps between its items: "Home     Update News     Bilateral Relations".
MENU_GAP = re.compile(r" {3,}|\t+")
# A menu row has at least this many items, each of at most MAX_MENU_ITEM_WORDS capitalised words.
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 4


def menu_row(text: str, key: str) -> bool:
    # "Home     Update News     Bilateral Relations     Comments": short capitalised items with wide gaps between them.
    if "   " not in text and "\t" not in text:
        return False
    items = [item.strip() for item in MENU_GAP.split(text.strip())]
    if len(items) < MIN_MENU_ITEMS:
        return False
    return all(item[:1].isupper() and 1 <= len(item.split()) <= MAX_MENU_ITEM_WORDS and not ends_sentence(item) for item in items)


# MENU_BARS: a menu flattened with bars between its items ("Home | World | Sport | Culture", "直通|福建|时评|国内|国际"), or
# one item with its bar left over ("Sport and politics |"). Items are short (MENU_BAR_ITEM_WORDS) and no sentence; a
# line with a digit is left alone (a credit "Jane Doe | Reuters | May 5, 2019" or a score line is read elsewhere).
MENU_BAR_SPLIT = re.compile(r"(?<!\s)\s*+[|｜]\s*+")  # a run of spaces entered at its start only: linear (issue 16)
MIN_MENU_BAR_ITEMS = 4
MENU_BAR_ITEM_WORDS = 3
MAX_BAR_ITEM_WORDS = 5
BY_LEAD = re.compile(r"^(?:by|von|par|por|автор)\b", re.I)  # a credit's bars ("By Jane Roe | Desk | ...") are no menu


def menu_bars(text: str, key: str) -> bool:
    if ("|" not in text and "｜" not in text) or any(ch.isdigit() for ch in text):
        return False
    stripped = text.strip()
    items = [item for item in MENU_BAR_SPLIT.split(stripped) if item]
    if (len(items) == 1 and stripped[-1:] in "|｜") or stripped[:1] in "|｜":
        return word_count(items[0]) <= MAX_BAR_ITEM_WORDS and not ends_sentence(items[0])
    if len(items) < MIN_MENU_BAR_ITEMS or BY_LEAD.match(stripped):
        return False
    return all(word_count(item) <= MENU_BAR_ITEM_WORDS and not ends_sentence(item) for item in items)


# POSITION_CAPTION: a short line ending with a picture position in brackets, in any of these languages ("Xi Jinping
# und Wladimir Putin (rechts)", "Jane Doe (R)", "Иван Петров (справа)", "习近平（左）"), is a caption; a sentence of the
# text does not end so.
POSITION_END = re.compile(
    r"[（(]\s*(?:r|l|c|right|left|cent(?:er|re)|rechts|links|mitte|à droite|à gauche|au centre|derecha|izquierda|"
    r"der\.|izq\.|centro|справа|слева|в центре|左|右|中|左一|右一)\s*[）)]\s*$",
    re.I,
)
MAX_POSITION_CAPTION_WORDS = 15
# JAPANESE_POSITION_CAPTION: a Japanese caption names who stands where in its closing brackets, "(左が...、右が...)"
# ("on the left ..., on the right ..."), "(左から...)" ("from the left ..."), "(中央)" ("centre"): a caption, however long
# the names in it.
JAPANESE_POSITION_END = re.compile(r"[（(]\s*(?:写真[、,]?\s*)?(?:左|右|中央)(?:が|から|は|[）)])[^（）()]{0,80}+[）)]?\s*$")


# (JAPANESE_PHOTO_OPENING: or it opens with the photo's place on the page, "(写真上)(左から)..." -- "photo above")
JAPANESE_PHOTO_OPENING = re.compile(r"^[（(]\s*写真[上下左右中]{0,2}\s*[）)]")


def position_caption(text: str, key: str) -> bool:
    if (JAPANESE_POSITION_END.search(text) and not ends_sentence(text)) or JAPANESE_PHOTO_OPENING.match(text.strip()):
        return True
    return word_count(text) <= MAX_POSITION_CAPTION_WORDS and bool(POSITION_END.search(text))


# A tag or archive page's heading: "Archive for 'Example Agency'", "Posts tagged with 'Harbour'", "Tag Archives: grain",
# "Current Affairs search results for tag: trade", "Browsing: harbour", a Joomla list's "Displaying items by tag:
# Acquisitions" and "Items filtered by date: March 2019".
TAG_PAGE_LINE = re.compile(
    r"^(?:tags?\s+)?(?:archives? for|posts? tagged(?: with)?|tagged with|tag archives?|category archives?|browsing(?: tag| category)?|"
    # (BLOG_LABEL_PAGE: a blog platform's label or search page, "Showing posts with label Harbour. Show all posts", and
    # the same heading in the platform's other languages: "Mostrando postagens com marcador", "Mostrando entradas con la
    # etiqueta", "Affichage des articles dont le libellé est", "Visualizzazione dei post con etichetta", "Posts weergeven
    # met het label", "Menampilkan postingan dengan label", "Wyświetlanie postów z etykietą", "Показаны сообщения с ярлыком")
    r"showing posts (?:with label|for query|sorted by|from)|mostrando postagens (?:com marcador|classificadas)|"
    r"mostrando entradas (?:con la etiqueta|ordenadas)|affichage des articles (?:dont le libellé|triés)|"
    r"visualizzazione dei post con etichetta|posts weergeven met (?:het )?label|menampilkan postingan dengan label|"
    r"wyświetlanie postów z etykietą|показаны сообщения с ярлыком|es werden posts für das label|"
    r"displaying items by tag|items filtered by date|"
    r"you searched for|showing results for|search results for|articles tagged|stories tagged|all posts (?:in|by|tagged)|"
    # (WRITERS_ARCHIVE_LINK: a blog theme's links to the writer's other posts, "View all posts by Jane Roe", "Latest posts
    # by Jane Roe (see all)", "More by this author")
    r"view all posts(?: by| in)?|latest posts by .{1,40} see all|more (?:posts |stories |articles )?(?:by|from) this author)\b"
    r"|\bsearch results for (?:tag|category|keyword)\b"
)
# ... a short line.
MAX_TAG_PAGE_WORDS = 12


def tag_page(text: str, key: str) -> bool:
    # "Archive for 'Example Agency'", "Posts tagged with 'Harbour'", "Tag Archives: grain".
    return len(key.split()) <= MAX_TAG_PAGE_WORDS and bool(TAG_PAGE_LINE.search(key))


# CJK_READING_TIME: "本篇文章595字，读完约1分钟" ("this article: 595 characters, a minute to read"), "阅读时间约3分钟"; a line of
# up to CJK_READING_MAX_CHARS characters with it is the reading time (a sentence about reading goes on longer).
# (TIME_BEFORE_READING: the minutes first, "3分钟阅读", "3分で読めます", "3분 읽기")
CJK_READING_TIME = re.compile(
    r"(?:读完|阅读|閱讀|讀完)\D{0,6}\d{1,3}\s*(?:分钟|分鐘)|(?:本篇文章|全文共|全文约|全文約)\s*\d{1,6}\s*字"
    r"|\d{1,3}\s*(?:(?:分钟|分鐘)\s*(?:阅读|閱讀)|分で読め|분\s*(?:읽기|분량))"
)
CJK_READING_MAX_CHARS = 30


def reading_time(text: str, key: str) -> bool:
    # "5 min read", "Reading time: 4 minutes", CJK_READING_TIME.
    if len(text) <= CJK_READING_MAX_CHARS and CJK_READING_TIME.search(text):
        return True
    return bool(READING_TIME_LINE.match(text))


# FOREIGN_RELATIVE_TIME: "2 hours ago" as other languages write it, a number and a unit of time with the word for
# "ago" before or after ("Acum 10 minute", "hace 3 horas", "vor 5 Minuten", "10 минут назад", "3 dakika önce",
# "2 giờ trước", "5 分钟前"), and "today"/"yesterday" with a time ("Сьогодні, 08:59", "Ayer, 21:47").
_UNITS = (
    r"(?:minut[eoiyaу]?\w{0,3}|min\.?|mins?|or[ea]s?|hor[ao]s?|heures?|stunden?|ore|ur[ey]?|órák?|óra|perc[ea]?|"
    r"секунд\w{0,2}|минут\w{0,2}|час\w{0,2}|хвилин\w{0,2}|годин\w{0,2}|dni|dzień|godzin\w{0,2}|uur|dagen|dag|"
    r"dakika|saat|gün|menit|jam|hari|phút|giờ|ngày|ώρες|ώρα|λεπτά|seconds?|segundos?|secondes?|sekunden?|hodin\w{0,3}|"
    r"días?|dias?|jours?|tage?n?|giorni|timmar|minuter|dagar)"
)
# (the words for "ago" before the count and after the unit; archive.metaline's FOREIGN_AGO reads them beside a date)
AGO_BEFORE = r"(?:acum|hace|há|ha|il y a|vor|fa|πριν(?: από)?|sejak|před)"  # (Czech "před 2 hodinami")
AGO_AFTER = r"(?:ago|назад|тому|temu|geleden|önce|yang lalu|lalu|trước|fa|sedan|πριν|óta|ezelőtt)"
FOREIGN_RELATIVE_TIME = re.compile(
    # (COMPOUND_AGE: "Acum 13 ore, 19 minute", hours then minutes)
    rf"^(?:{AGO_BEFORE}\s+(?:\d{{1,3}}|un|una|uno|une|einer?|o)\s+{_UNITS}"
    rf"(?:,?\s(?:și\s|y\s|e\s|et\s|und\s)?\d{{1,3}}\s{_UNITS})?"
    rf"|\d{{1,3}}\s*{_UNITS}\s+{AGO_AFTER}"
    # (SWEDISH_AGO: "för 2 timmar sedan", "ago" around the count; "för 2 timmar" alone is "for 2 hours", no time stamp)
    rf"|för\s+\d{{1,3}}\s+{_UNITS}\s+sedan"
    # (SWEDISH_ABOUT_AGO: "ungefär en månad sedan", "en timme sedan": "about a month ago", a word for the number)
    r"|(?:ungefär\s+|cirka\s+)?(?:en|ett)\s+(?:minut|timme|dag|vecka|månad|år)\s+sedan"
    r"|\d{1,3}\s*(?:分钟|分鐘|小时|小時|天|秒)前|\d{1,3}\s*(?:分|時間|日)前|\d{1,3}\s*(?:분|시간|일)\s*전"
    r"|(?:сегодня|вчера|сьогодні|вчора|hoy|ayer|hoje|ontem|aujourd'hui|hier|heute|gestern|oggi|ieri|dzisiaj|wczoraj|"
    r"vandaag|gisteren|bugün|dün|hôm nay|hôm qua|astăzi|azi|ieri|ma|tegnap|dnes|včera|idag|igår|今天|昨天|今日|昨日)"
    r"\s*,?\s*\d{1,2}[:.]\d{2}"
    # (PAST_WEEKDAY_AT: "el miércoles pasado a las 14:03", "ayer a las 9:10": a comment's or a list's time)
    r"|(?:el\s(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\spasado|ayer|hoy)\sa\slas?\s\d{1,2}[:.]\d{2})$",
    re.IGNORECASE,
)


# RELATIVE_TIME_GLUED_TO_A_TEASER: a list's card, its relative time run into its teaser's first word without a space
# ("6 uur geledenGENÈVE (ANP) - ...", "2 hours agoLONDON (Reuters) - ..."): the copy lost the box between them; no
# sentence glues "ago" to a capital.
RELATIVE_TIME_GLUED = re.compile(
    rf"^(?i:\d{{1,3}}\s*(?:{_UNITS}|hours?|hrs?|days?|weeks?)\s+{AGO_AFTER}|{AGO_BEFORE}\s+\d{{1,3}}\s+{_UNITS})"
    r"(?=[A-ZÀ-ÞА-ЯЁΑ-Ω])"
)


def relative_time_glued(text: str, key: str) -> bool:
    return bool(RELATIVE_TIME_GLUED.match(text.strip()))


# LONE_ZONE: a time zone's abbreviation alone on a line, the rest of its time stamp split off ("IST", "GMT+7", "WIB").
LONE_ZONE = re.compile(
    r"^(?:IST|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|WIB|WITA|WIT|JST|KST|HKT|SGT|AEST|AEDT)"
    r"(?:\s?[+-]\d{1,2}(?::?\d{2})?)?$"
)


# SECTION_GLUED_TO_TIME: a list's story stamp, its section's name run into its relative time ("News6 days ago",
# "crime4 days ago", "Entertainment4 days ago"): letters, then at once a digit, then a time TIME_ONLY reads.
SECTION_GLUED_TO_TIME = re.compile(r"^[^\W\d_]{2,24}(?=\d)")
# SECTION_AFTER_TIME: a card's stamp, its relative time and then its section ("12 hours ago in Viral Videos", "53 mins
# ago in Entertainment"): up to three capitalised words after "in".
SECTION_AFTER_TIME = re.compile(r"(?<=\bago)\s+in\s+[A-Z][\w&'’-]*(?:\s[A-Z&][\w&'’-]*){0,2}$")


# WEEKDAY_AND_CLOCK: a weekday's name and a clock alone, in any language the dates read ("Torsdag 11:47", "Thursday,
# 11:47 am"): the header's or a card's time, no date to read.
WEEKDAY_AND_CLOCK = re.compile(r"^[^\W\d_]{2,12}\.?,?\s+\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$", re.I)


def timestamp(text: str, key: str) -> bool:
    # A time with no date: "2 hours ago", "Yesterday, 21:47", "10:35 IST" (a dated line is a dateline instead).
    stripped = text.strip()
    if WEEKDAY_AND_CLOCK.match(stripped) and (WEEKDAY.match(stripped) or FOREIGN_WEEKDAY.match(stripped)):
        return True
    glued = SECTION_GLUED_TO_TIME.match(stripped)
    if glued and TIME_ONLY.match(stripped[glued.end() :]) and "ago" in stripped.lower():
        return True
    section = SECTION_AFTER_TIME.search(stripped) if " ago in " in stripped else None
    if section and TIME_ONLY.match(stripped[: section.start()]):
        return True
    return bool(TIME_ONLY.match(stripped) or FOREIGN_RELATIVE_TIME.match(stripped) or LONE_ZONE.match(stripped))


COOKIE_NOTICE_MAX_WORDS = 60  # a consent banner, its buttons included; longer, it is an article about cookies


# LINK_HERE: a link's text sending the reader elsewhere ("Check your load shedding schedule here", "Click here to
# watch", "Lea aquí la entrevista"): a call and "here", on a short line.
LINK_HERE = re.compile(
    r"^(?:check|click|tap|see|read|find|view|watch|listen|register|download|visit|get)\b.{0,60}\bhere\b(?:\s+to\b.{0,40})?\W*$"
    r"|^(?:lea|lee|mira|consulta|lisez|consultez|lesen sie|klicken sie|leggi|clicca|leia|clique|читайте|смотрите|"
    r"czytaj|kliknij|baca|klik)\b.{0,40}?\b(?:aquí|ici|hier|qui|aqui|здесь|tutaj|di sini)\b[^.!?]{0,60}$",
    re.I,
)
MAX_LINK_HERE_WORDS = 10


def link_here(text: str, key: str) -> bool:
    return spaced_words(text) <= MAX_LINK_HERE_WORDS and bool(LINK_HERE.match(text.strip()))


# FOREIGN_COOKIE_NOTICE: the notice in other languages names the cookies, the site and its use of them ("На сайте
# используются cookies", "Ce site utilise des cookies", "Diese Website verwendet Cookies", "Bu sitede çerezler
# kullanılmaktadır"), on a short line or with its call to accept.
COOKIE_WORDS = re.compile(r"cookie|куки|çerez|süti|evästei|kolačić|piškotk|sušenk|ciastecz|sīkfail|sīkdatn|slapuk|küpsis", re.I)
SITE_WORDS = re.compile(
    r"\b(?:сайт\w*|страниц\w*|siteler\w*|site|sitio|sito|situl|website|webseite|seite|page|página|pagina|webbplats\w*|hjemmeside\w*|nettsted\w*|strona|stron\w*|"
    r"serwis\w*|servis\w*|sitemiz\w*|witryn\w*|"  # (Polish and Czech "service", Turkish "our site"; Polish "website")
    r"stránk\w*|sivusto\w*|situs|trang|portal\w*|web|sitede|sitesi\w*|weboldal\w*|spletn\w*|ιστότοπο\w*|ιστοσελίδα\w*|"
    r"tjänst\w*|tjenest\w*|palvelu\w*|vietn\w*|svetain\w*|veebileh\w*)\b",  # (or its services: "genom att använda våra tjänster godkänner du det")
    re.I,
)


COOKIE_USE_WORDS = re.compile(
    r"использу|utilis|verwende|nutzt|utiliza|usa\b|usamos|utilizz|używa|použív|käyttä|använd|bruge|bruke|kullan|folose|"
    r"konumlandır|"  # (Turkish "we place" them)
    r"χρησιμοποι|használ|uporablja|koristi|menggunakan|sử dụng|gebruik|izmanto|naudoja|kasutab|"
    # COOKIE_STORE_AND_NEED: a site "stores" them, or they are "necessary" for it to work ("... v obliki piškotkov",
    # "Ti piškotki so potrebni za delovanje spletnega mesta")
    r"shranjuj|speicher|almacen|armazen|memorizz|przechowuj|ukládá|potrebni|nécessaires|necesarias|"
    r"necessárias|notwendig|erforderlich|necessari|niezbędne|nezbytné|szükséges|nödvändiga|nødvendige",
    re.I,
)


COOKIE_CONSENT_WORDS = re.compile(
    r"продолжая|принимаете|согла|en continuant|accepte|acept|accett|akzept|fortfahren|zgod|zgadza|akceptuj|souhlas|hyväksy|godkän|"
    r"accepter|kabul|accepta|αποδέχ|elfogad|strinja|prihvać|menyetujui|đồng ý|akkoord|mehr erfahren|en savoir plus|"
    # (CONSENT_WORD: "consent" in the Romance languages, "stimmen Sie ... zu": "Consentir com essas tecnologias ...")
    r"consent|stimmen sie|"
    r"más información|подробнее|saiba mais|ulteriori informazioni|piekrīt|sutink|nõustu|"
    # (COOKIE_SETTINGS: the banner's settings and its "cannot be disabled": "nastavitve za piškotke", "onemogočiti")
    r"einstellungen|paramètres|configuración|configurações|impostazioni|ustawienia|nastavení|nastavitve|"
    r"beállítás|inställningar|indstillinger|innstillinger|asetukset|onemogoč|deaktivier|désactiv|desactiv|"
    r"disattiv|wyłącz|vypnout|letilt|"
    # (the same in Dutch: "jouw cookie-keuzes", "Cookie-instellingen")
    r"keuze|instelling|respecteren",
    re.I,
)
MAX_BARE_COOKIE_NOTICE_WORDS = 12


def cookie_notice(text: str, key: str) -> bool:
    # "We use cookies to give you the best browsing experience. Accept" -- a sentence about cookies alone is kept.
    if spaced_words(text) > COOKIE_NOTICE_MAX_WORDS:
        return False
    if "cookie" in text.lower() and COOKIE_LINE.search(text):
        return True
    if (
        COOKIE_WORDS.search(text)
        and SPOKEN_TO_THE_READER.search(text)
        and (COOKIE_USE_WORDS.search(text) or COOKIE_CONSENT_WORDS.search(text))
    ):
        return True  # COOKIES_FOR_YOU: "Wir verwenden Cookies, um Ihnen ...", "... jouw cookie-keuzes te respecteren"
    if not (COOKIE_WORDS.search(text) and SITE_WORDS.search(text) and COOKIE_USE_WORDS.search(text)):
        return False
    # the notice alone, or with its call to accept or read on; a longer sentence naming cookies is the article's
    return spaced_words(text) <= MAX_BARE_COOKIE_NOTICE_WORDS or bool(COOKIE_CONSENT_WORDS.search(text))


# BROWSER_ADVICE: the site's advice on which browser to use ("For the best experience, please use Chrome, Firefox or
# Edge", "為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器"): two browsers named and the advice's
# words, on a short line. A sentence about browsers without the advice (a technology story's) stays.
BROWSER_NAMES = re.compile(r"\b(?:Chrome|Firefox|Edge|Safari|Opera|Internet Explorer)\b")
BROWSER_ADVICE_WORDS = re.compile(
    r"best (?:viewing|experience|view)|please (?:use|upgrade|update)|upgrade your browser|update your browser|"
    r"recommend|建議|建议|推薦|推荐|最佳瀏覽|最佳浏览|請使用|请使用|推奨|권장|최적화|empfehlen|recomendamos|nous recommandons",
    re.I,
)
MAX_BROWSER_ADVICE_WORDS = 30


# MEDIA_NOT_SUPPORTED: a player's fallback text for a browser without it ("Audio is not supported on your browser.
# Please upgrade.", "Your browser does not support the audio element."): no browser named, the player's own words.
MEDIA_NOT_SUPPORTED = re.compile(
    r"^(?:audio|video|this (?:audio|video|player)) (?:is not|isn['’]t) supported (?:on|in|by) your browser\b"
    r"|^your browser does not support (?:the )?(?:audio|video|html5 audio|html5 video|iframes?)\b",
    re.I,
)
MAX_MEDIA_NOT_SUPPORTED_WORDS = 20


def browser_advice(text: str, key: str) -> bool:
    if short_line_holds(MEDIA_NOT_SUPPORTED, text, MAX_MEDIA_NOT_SUPPORTED_WORDS):
        return True
    if spaced_words(text) > MAX_BROWSER_ADVICE_WORDS or len(set(BROWSER_NAMES.findall(text))) < 2:
        return False
    return bool(BROWSER_ADVICE_WORDS.search(text))


SOCIAL_PROMO_MAX_WORDS = 30  # "Follow us on ..." with its call to action; longer, a sentence of the article


# FOREIGN_SOCIAL_PROMO: "Subscribe to our page", "Follow us on" in other languages, with the site's page or channel or
# a platform named ("Друзі! Підписуйтесь на нашу сторінку Фейсбук ...", "Síguenos en Twitter", "Suivez-nous sur
# Facebook"): the call and the thing followed, on a short line.
FOREIGN_FOLLOW_CALL = re.compile(
    r"\b(?:підписуйтесь|підпишіться|подписывайтесь|подпишитесь|síguenos|suscríbete|suivez-nous|abonnez-vous|"
    r"folgen sie uns|abonnieren sie|seguici|iscriviti|siga-nos|inscreva-se|obserwuj nas|zapisz się|takip edin|"
    r"abone olun|abone olmayı unutmayın|ikuti kami|volg ons|följ oss|ακολουθήστε μας|urmăriți-ne|urmăriți|"
    # (JOIN_CALLS: "Clique aqui para entrar no nosso grupo do WhatsApp", "Unisciti al nostro canale", "Dołącz do
    # naszego kanału", Indonesian "Silakan baca konten menarik lainnya dari Example di Google News": "read more
    # interesting content ... on")
    r"entrar no nosso|entre no nosso|junte-se|unisciti|dołącz|silakan baca|baca (?:konten|berita|artikel)(?: menarik)? lainnya|"
    # (Indonesian sites' "Cek Berita dan Artikel yang lain di Google News": "check the news ... on")
    r"cek berita|simak berita|ikuti berita|"
    # (a site's "also on Viber" at a line's end, in Serbian, Croatian and Bosnian: "Najnovije vijesti Example i na Viberu")
    r"i na (?:viberu|telegramu|whatsappu)(?=\s*$)|"
    # (and in Serbian, Croatian, Slovene, Czech, Danish, Norwegian, Finnish, Hungarian, Bulgarian, Hebrew)
    r"читайте\s+(?:нас|«[^»]{1,40}»)\s+(?:в|у)\s+соц\w*|"
    # ("We are on Telegram", "in our channel" in Russian and Ukrainian: "Мы в Telegram", "в нашем канале «Дзен»")
    r"мы\s+в|ми\s+в|в\s+нашем\s+(?:\w+-)?канале|у\s+нашому\s+(?:\w+-)?каналі|pratite nas|spremljajte nas|sledujte nás|følg os|følg oss|seuraa meitä|kövess(?:en)? minket|последвайте ни|עקבו אחרינו)\b",
    re.IGNORECASE,
)
FOLLOWED_THING = re.compile(
    r"\b(?:facebook|фейсбук|telegram|телеграм|twitter|instagram|youtube|tiktok|whatsapp|viber|дзен|дзене|"
    r"viberu|telegramu|whatsappu|"
    # (POLISH_PLATFORM_CASES: "Dołącz do nas na Facebooku!", "Obserwuj nas na Instagramie", the platform declined)
    r"facebooku|instagramie|twitterze|tiktoku|youtubie|"
    r"vk|вконтакте|одноклассники|rutube|"
    # (GOOGLE_NEWS_ANY_LANGUAGE: the news service by its name in any language, "Google News", "Google Hírek", "Google
    # Actualités")
    r"google\s\w+|"
    r"наш\w*|нашу|nuestr\w+|notre|nos|unser\w*|nostr\w+|nosso|nossa|nasz\w*|kanal\w*|канал\w*|сторінк\w*|"
    r"страниц\w*|newsletter|соцмереж\w*|соцсет\w*|društvenim mrežama|redes sociales|réseaux sociaux)\b",
    re.IGNORECASE,
)


# NEWSLETTER_CALL: the newsletter box's call in other languages ("Abonnez-vous à notre newsletter", "Tilaa uutiskirje",
# "Pretplatite se", "뉴스레터 구독"): a newsletter's name or a call to subscribe, on a short line that ends no sentence.
NEWSLETTER_NOUN = re.compile(
    r"newsletter|e-?mail digest|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevel|nieuwsbrief|рассылк|розсилк|bülten|boletín|"
    r"lettre d['’]information|ニュースレター|뉴스레터|النشرة البريدية|في النشرة|خبرنامه|न्यूज़लेटर",
    re.IGNORECASE,
)
SUBSCRIBE_CALL = re.compile(
    r"^(?:pretplatite se|абонирайте се|đăng ký nhận tin|abonează-te|abonnez-vous|suscríbete|suscribete|iscriviti|"
    r"assine|inscreva-se|zapisz się|přihlaste se|prenumerera|tilaa|εγγραφείτε|iratkozzon fel|schrijf je in|"
    r"berlangganan|melden sie sich|abonnieren sie|подпишитесь|підпишіться|اشترك|عضویت|abone ol|inscrivez-vous|abonneer je)\b",
    re.IGNORECASE,
)
MAX_NEWSLETTER_CALL_WORDS = 10
MAX_BARE_CALL_WORDS = 3


def newsletter_call(text: str, key: str) -> bool:
    if spaced_words(text) > MAX_NEWSLETTER_CALL_WORDS or ends_sentence(text):
        return False
    # (the call alone, on a line of a few words: "Assine" and "Tilaa" are also "sign" and "order" in a sentence)
    return bool(NEWSLETTER_NOUN.search(text)) or (
        spaced_words(text) <= MAX_BARE_CALL_WORDS and bool(SUBSCRIBE_CALL.match(text.strip()))
    )


# GOOGLE_PREFERRED_SOURCE: the call to make the site a preferred source on Google ("Add Example as a preferred source on
# Google", "Přidejte si EX do svých oblíbených zdrojů na Google Zprávy"), in the languages' words, Google named.
PREFERRED_SOURCE = re.compile(
    r"\bpreferred sources?\b|\boblíbených zdrojů\b|\bbevorzugte(?:n)? quelle|\bsources? préférées?\b|"
    r"\bfuentes? preferidas?\b|\bfontes? preferidas?\b|\bfonti? preferit[ae]\b|\bpreferowan\w* źród\w+|\bvoorkeursbron|"
    r"\bпредпочитаем\w* источник\w*|\bулюблен\w* джерел\w*",
    re.I,
)


# NEWSLETTER_FORM_NOTICE: a newsletter sign-up form's own notices, its mailing platform's wording ("Please select at least
# one mailing list.", "You can unsubscribe at any time by clicking the link in the footer of our emails. We use Mailchimp
# as our marketing platform. ..."), longer than other promotions (up to NEWSLETTER_FORM_MAX_WORDS)
NEWSLETTER_FORM_NOTICE = re.compile(
    r"^(?:please select (?:at least one (?:mailing list|newsletter|list)\b|all the ways you would like to hear from)|you can unsubscribe at any time by clicking "
    r"the link in the footer of our emails|we use mailchimp as our marketing platform|learn more about mailchimp['’]s privacy|"
    r"marketing permissions$|"
    # (DATA_PROTECTION_NOTICE: the French form's notice of the reader's rights under the data protection law,
    # "Conformément à l'article 38 de la Loi 78-17 du 6 janvier 1978 modifiée, vous disposez d'un droit d'accès ...")
    r"conformément (?:à (?:l['’]article \d+ de )?la loi (?:n°\s?)?78-17|au règlement général sur la protection des données)|"
    r"vous disposez d['’]un droit d['’]accès|"
    # (NO_SPAM_PROMISE: the form's promise, "Free — no spam, unsubscribe anytime")
    r"[^.!?]{0,40}\bno spam\b[^.!?]{0,20}\bunsubscribe\b|"
    # (REGISTER_TO_RECEIVE: "Register for free to receive Fr. Jane Roe's daily newsletter and unlock full access ...",
    # the newsletter named in its first words)
    r"register (?:for free |now |today )?to (?:receive|get)\b.{0,80}?\bnewsletters?\b)",
    re.I,
)
NEWSLETTER_FORM_MAX_WORDS = 80


LEADING_ICON = re.compile(r"^[^\w\s\"“‘'«(\[]{1,3}\s*+")


def social_promo(text: str, key: str) -> bool:
    # "Follow us on Twitter", "Subscribe to our newsletter", "Outlet is now on Telegram. Click here to join."
    if NEWSLETTER_FORM_NOTICE.match(text):
        return spaced_words(text) <= NEWSLETTER_FORM_MAX_WORDS
    if spaced_words(text) > SOCIAL_PROMO_MAX_WORDS:
        return False
    lower = text.lower()
    if "google" in lower and PREFERRED_SOURCE.search(text):
        return True  # GOOGLE_PREFERRED_SOURCE
    if not any(
        words in lower for words in ("follow us on", "is now on", "are now on", "we are on", "on google news", " channel")
    ):
        # (LEADING_SYMBOL: an emoji or an arrow before the call, "📱 Download Example 6 News App", is the button's icon)
        found = SOCIAL_PROMO_LINE.match(LEADING_ICON.sub("", text))
        # CALL_AFTER_A_SLOGAN: the call as the line's second and last sentence ("Navigate this market better. Subscribe for
        # FREE stock alerts and information.")
        sentences = SENTENCE_BREAK.split(text.strip())
        found = found or (SOCIAL_PROMO_LINE.match(sentences[-1]) if len(sentences) == 2 else None)
    else:
        found = SOCIAL_PROMO_LINE.search(text)
    return bool(found) or bool(FOREIGN_FOLLOW_CALL.search(text) and FOLLOWED_THING.search(text)) or bool(PUSH_PROMPT.search(text))


SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s++(?=[A-Z])")
# PUSH_PROMPT: a browser notification prompt asking the reader to let the site send its news ("Reciba nuestras
# notificaciones con lo último de:", "Example En son gelişmelerden anında haberdar olmak için 'İZİN VER' butonuna
# tıklayınız.", "Enable push notifications"): a call opening the line, with "our" or "push" before the notifications,
# or the allow button named. A sentence about notifications says who sends them ("Users can now get notifications").
PUSH_PROMPT = re.compile(
    r"^(?:reciba|recibe|receba|ricevi|recevez|receive|get|allow|enable|turn on|activa|active|ative|attiva|activez|"
    r"aktivieren sie)\s(?:nuestras|our|push|browser|le nostre|nos|nossas|unsere)\s(?:notificaciones|notificações|notifiche|"
    r"notifications|benachrichtigungen)\b|"
    # (the Turkish capital "İ" has no simple lower case: "İZİN VER" is spelled out)
    r"\bhaberdar olmak için\b.{0,40}\b(?:izin|İZİN|İzin) ver\b|\b(?:izin ver|İZİN VER|allow|erlauben|permitir|autoriser)['’\"]? "
    r"(?:butonuna|button)|"
    # (BELL_PROMPT: the call to press the notifications' bell, "Updates gepusht krijgen? Tik op het belletje!", "Click the
    # bell to get our updates")
    r"\b(?:tik op het belletje|klik op het belletje|click the bell|tap the bell|hit the bell)\b|"
    # (PUSH_ALERTS_CALL: a station's call to take its alerts, "Watch live newscasts, get breaking news and sign up for
    # push alerts – download now")
    r"\bsign up for push (?:alerts|notifications)\b",
    re.I,
)


# A template's placeholders printed as text: "{{item.group_date}}", "{% if user %}".
# SHORTCODE: a blog's shortcode left in the text ("[mecloud]RHW9geOLDA[/mecloud]", "[gallery ids=...]", an audio
# player's "[audio:clip.mp3]A Word From The Sheriff[/audio]", its file after a colon): the embed's
# placeholder, never a sentence.
TEMPLATE_LINE = re.compile(
    r"^(?:\{\{.{0,300}\}\}|\{%.{0,300}%\}|\[(?P<tag>[a-z_]{2,20})(?::[^\[\]]{1,200})?\][^\[\]]{0,300}\[/(?P=tag)\]"
    r"|\[[a-z_]{2,20}(?:\s[a-z_-]{1,20}=[^\[\]]{0,200})+\])$"  # ("[tag]...[/tag]", "[tag key=value]"; not "[via Example]")
    # AD_SLOT_PLACEHOLDER: an ad plugin's numbered slot ("[ad_1]", "[iklan_2]"); HTML_COMMENT_LINE: a markup comment
    # printed as text ("<!--/enpcontent-->", "<--/enpcontent-->"), never the article's words.
    r"|^\[[a-z]{2,20}_\d{1,3}\]$|^<!?--[^<>]{0,200}-->$"
    # (SHORTCODE_VALUE: a shortcode with its values after an equals sign, "[simage=3959,200,n,left]", a gallery's picture)
    r"|^\[[a-z_]{2,20}=[^\[\]\s]{1,100}\]$"
    # (SHORTCODE_CLOSING_TAG: a shortcode's closing tag alone, "[/caption]", its caption's text printed on the lines above)
    r"|^\[/[a-z_]{2,20}\]$"
)


# TEMPLATE_PLACEHOLDER_IN_LINE: a line of the site's furniture whose template left a placeholder unfilled ("Support local
# journalism. Your subscription makes our reporting possible. {{featured_button_text}}"): a variable's name in double
# braces, with an underscore or a dot as template variables have, in a line of up to this many words.
# (CAMEL_CASE_PLACEHOLDER: "Password Hint : {{passwordHint}}", a variable named in camel case)
PLACEHOLDER_IN_LINE = re.compile(r"\{\{\s?[a-z][a-z0-9]*+(?:[_.][a-z0-9]++|[A-Z][a-z0-9]*+)++\s?\}\}")
# (SINGLE_BRACE_PLACEHOLDER: a page's debug footer with its query count unfilled, "0.5022 / 1.52MB / SQL:{query_count}")
SINGLE_BRACE_PLACEHOLDER = re.compile(r"(?<!\{)\{[a-z]++(?:_[a-z]++)++\}(?!\})")
MAX_SINGLE_BRACE_LINE_WORDS = 10
MAX_PLACEHOLDER_LINE_WORDS = 40
# BRACKETED_PLACEHOLDERS: a sign-up box's template with its slots in double square brackets, two or more of them
# ("[[title]] [[text]] An error occurred. Please try again. [[success]] Email address Sign up"); one wiki-style link,
# "[[Harbour]]", is no template.
DOUBLE_BRACKET_PLACEHOLDER = re.compile(r"\[\[[a-z][a-z0-9_.]{0,30}\]\]")
MIN_BRACKETED_PLACEHOLDERS = 2


# CMS_ID_FIELD: the publishing system's record fields printed as text, a key naming an id and its number
# ("storyidforme: 6846901", "tmspicid: 1789172", "fileheaderid: 1176080"): no reader's words.
CMS_ID_FIELD = re.compile(r"^[a-z_]{0,20}id[a-z_]{0,20}\s?:\s?\d{3,12}$")
# SCRIPT_SETTING: a script's setting left as text, a key in camel case, a colon and a plain value or none
# ("enablePagination: false", "maxItemsPerPage: 10", "startIndex:"): no reader's words.
SCRIPT_SETTING = re.compile(
    r"^[a-z]++[A-Z][A-Za-z0-9]*+\s?:\s?(?:true|false|null|undefined|-?\d{1,9}|\"[^\"]{0,40}\"|'[^']{0,40}')?,?$"
)


# WP_SHORTCODE: a blog platform's shortcode left as text, alone on its line ('[mc4wp_form id=""]', '[contact-form-7
# id="12"]'): a name in lower case with an underscore, a hyphen or a digit, or with attributes.
WP_SHORTCODE = re.compile(
    r"^\[/?[a-z][a-z0-9]*+(?:[_-][a-z0-9]++)++\s*+(?:[a-z_-]++=(?:\"[^\"]*+\"|'[^']*+'|[^\s\]]++)\s*+)*+/?\]$"
    r"|^\[[a-z][a-z0-9_-]*+(?:\s++[a-z_-]++=(?:\"[^\"]*+\"|'[^']*+'|[^\s\]]++))++\s*+/?\]$"
)


# SHORTCODE_BOX: a line opening with a shortcode and its quoted attributes, straight or curly, the box's text after it
# ('[alert color=”faebcc” icon=”fa-commenting”]Keeping up to date ... with our app'): the site's box, not the text.
SHORTCODE_BOX = re.compile(r"^\[[a-z]{2,20}(?:\s++[a-z_-]{1,20}=[\"”“'][^\"”“'\]]{0,60}[\"”“'])++\s*+\]")


# LOREM_IPSUM: a theme's placeholder text left on the page ("A sample text widget", "Etiam pulvinar consectetur dolor sed
# malesuada. Ut convallis euismod ..."): its Latin is made of words no language writes, LOREM_IPSUM_WORDS; two of them
# in a line (Italian or Spanish prose may hold one: "dolor", "nulla") make it the filler.
LOREM_IPSUM_WORDS = frozenset(
    "lorem ipsum consectetur adipiscing tincidunt malesuada pulvinar vulputate ullamcorper accumsan euismod fringilla "
    "pellentesque vestibulum molestie sodales tristique convallis aliquam facilisis curabitur suspendisse mauris "
    "sagittis venenatis elementum dignissim lobortis hendrerit condimentum scelerisque".split()
)
MIN_LOREM_IPSUM_WORDS = 2
SAMPLE_WIDGET = re.compile(r"^(?:a )?sample text widget$")


def lorem_ipsum(text: str, key: str) -> bool:
    if SAMPLE_WIDGET.match(key):
        return True
    return len(LOREM_IPSUM_WORDS.intersection(stopwords.words(text))) >= MIN_LOREM_IPSUM_WORDS


# UUID_IN_A_SHORT_LINE: a record's identifier printed with its label ("Week in Review Archive a05faffa-9280-498c-8759-
# 6db8143253d2"): the publishing system's, never the article's words, in a line of up to MAX_UUID_LINE_WORDS words.
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
MAX_UUID_LINE_WORDS = 15


def template_code(text: str, key: str) -> bool:
    stripped = text.strip()
    if "-" in text and spaced_words(text) <= MAX_UUID_LINE_WORDS and UUID.search(text):
        return True
    if "{" in text and spaced_words(text) <= MAX_SINGLE_BRACE_LINE_WORDS and SINGLE_BRACE_PLACEHOLDER.search(text):
        return True
    if (
        TEMPLATE_LINE.match(text)
        or CMS_ID_FIELD.match(stripped)
        or WP_SHORTCODE.match(stripped)
        or SCRIPT_SETTING.match(stripped)
        or SHORTCODE_BOX.match(stripped)
    ):
        return True
    if "[[" in text and spaced_words(text) <= MAX_PLACEHOLDER_LINE_WORDS:
        if len(DOUBLE_BRACKET_PLACEHOLDER.findall(text)) >= MIN_BRACKETED_PLACEHOLDERS:
            return True
    return (
        ("{{" in text or "[[" in text)
        and spaced_words(text) <= MAX_PLACEHOLDER_LINE_WORDS
        and bool(PLACEHOLDER_IN_LINE.search(text))
    )


# "-- End --", "=== END ===", "*** end ***": a marker, not a sentence (two marks at least on each side). A press release
# ends with "-30-" or "--30--" (PRESS_RELEASE_END), with dashes or hashes around the number.
# WIRE_END_MARKS: a wire's or a press release's own end mark alone on its line: Xinhua's "Enditem", Yonhap's "(END)",
# "END", "ENDS", "- ENDS -" in capitals (with a full stop: "ENDS."), Dow Jones' "-0-" and the Chinese wires' "(完)"
# ("end"); never the article's.
END_LINE = re.compile(
    r"^[-–—=*~_#]{2,}\s*+(?:the\s+)?end\s*+[-–—=*~_#]{2,}$|^[-–—#]{1,3}\s?30\s?[-–—#]{1,3}$|^(?:enditem|\(end\))$"
    r"|^(?-i:(?:[-–—] ?)?ENDS?\.?(?: ?[-–—])?)$|^-0-$|^[(（]完[)）]$"
    # PERSIAN_END_OF_MESSAGE: Iranian agencies' and sites' "انتهای پیام/" ("end of message"), "انتهای خبر" ("end of news")
    r"|^انتهای (?:پیام|خبر)\s*/?$",
    re.I,
)


def end_marker(text: str, key: str) -> bool:
    return bool(END_LINE.match(text) or READ_AT_SOURCE.match(text))


# An address's last part printed alone: lower-case words joined by hyphens ("council-approves-budget-at-first-hearing").
URL_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){3,}/?$")


# UNDERSCORE_SLUG: words joined by underscores, four or more ("Harbour_Talks_Open_Corridor"): a file's or an address's
# name left where a picture or a link was; no sentence is written so.
UNDERSCORE_SLUG = re.compile(r"^[^\W_]+(?:_[^\W_]+){3,}(?:\.\w{2,4})?$")
# GLUED_TAGS: one lower-case token of at least this many letters ("harbourtradeshippingnews"): tags or labels printed
# without spaces; a line of the article has spaces.
GLUED_TAG_MIN_LETTERS = 25


def url_slug(text: str, key: str) -> bool:
    numbered_file = text.split("_")[0].isdigit()  # "001_harbour_talks_open": a picture's file, numbered
    if URL_SLUG.match(text) or (UNDERSCORE_SLUG.match(text) and (numbered_file or not any(ch.isdigit() for ch in text))):
        return True  # (other digits, "ad_top_970_90", make it an ad slot's name: CODE_LINE)
    return len(text) >= GLUED_TAG_MIN_LETTERS and text.isalpha() and text.islower()


# "Advertise with us", "Advertise on Example.com to reach thousands of readers": the site selling its space.
# (AD_SLOT_NAME: an ad slot's name and number left as text, "Banner 3", "Leaderboard 1", "MPU_2")
ADVERTISE_LINE = re.compile(
    # (AD_LABEL_GLUED: the slot's label run into the call, "AdvertisementAdvertise with Example.")
    r"^(?:advertisement\s*)?advertise (?:with|on|in|here)\b|^(?:banner|leaderboard|billboard|mpu|skyscraper|ad ?slot)[ _-]?\d{1,2}$",
    re.I,
)
MAX_ADVERTISE_WORDS = 20


def advertise(text: str, key: str) -> bool:
    return spaced_words(text) <= MAX_ADVERTISE_WORDS and bool(ADVERTISE_LINE.match(text))


# A headline printed twice and glued ("Are pandas shy?Are pandas shy? Experts ..."): the line's first characters come
# again right after a letter, digit or mark, with no space -- text of a widget, not a paragraph (a paragraph that repeats
# a phrase has a space before it).
GLUED_REPEAT_CHARS = 24
CLAUSE_MARKS = "，、；：,;:"


def glued_repeat(text: str, key: str) -> bool:
    if len(text) < 2 * GLUED_REPEAT_CHARS:
        return False
    head = text[:GLUED_REPEAT_CHARS]
    at = text.find(head, GLUED_REPEAT_CHARS)
    # (after a clause's comma the words may come again in a sentence: "...会晤。 中评社电／据新华社报道，<the same words>")
    return at > 0 and not text[at - 1].isspace() and text[at - 1] not in CLAUSE_MARKS


# Code printed as text: a script ("window.ads.push( function () { ... });") or an ad slot's identifier, one token of
# words joined by underscores with digits ("news_header_top_970_100"). (TRACKER_CALL: an analytics tag's call, "gtag('consent',
# 'update', {...});", "dataLayer.push({...});", "fbq('track', ...);")
SCRIPT_LINE = re.compile(
    r"^(?:window|document|googletag|var|let|const|function|gtag|dataLayer|fbq|_gaq|_paq|__tcfapi)\b\s*[.(=\w]"
    r"|\bfunction\s*\(\s*\)\s*\{"
    # (STYLE_RULES: a style sheet printed as text, "#results { max-width: 100%; } @media(max-width: 400px) { ... }": a
    # selector or an at-rule opening the line, a property and its value in braces)
    r"|^(?:[#.]?[A-Za-z][\w-]*+|@media\b[^{}]{0,60}?)\s?\{[^{}]{0,200}?[\w-]+\s?:\s?[^{};]{1,60};"
)
AD_SLOT = re.compile(r"^[A-Za-z]+(?:_[A-Za-z0-9]+){2,}$")


# SCRIPT_VALUE: a script's value printed alone ("true", "false", "null", "undefined", "NaN"); HTML_TAG_LINE: a line of
# markup the copy took as text ('<SCRIPT SRC="//ads.example.com/ttj?id=1">', "<div class=\"ad\">", "</iframe>").
SCRIPT_VALUES = frozenset("true false null undefined nan".split())
# (CODE_TAG_START: a tag that holds no text, alone on the line, its end maybe cut: '<SCRIPT SRC="//ads.example.com/
# ttj?id=1&cb=['; a paragraph's own tags, "<p>...</p>", are HTML_TAG_LINE's business below)
CODE_TAG_START = re.compile(r"^</?(?:script|iframe|img|ins|noscript|style|link|meta|input)\b[^<>]{0,500}>?$", re.I)


# COLON_NUMBER_CHAIN: a template's debugging or tracking string, numbers chained by colons ("MX23RW : Saturday, October 5
# 17:46:31| >> :60:406:406:"): no clock holds three numbers between four colons.
COLON_NUMBER_CHAIN = re.compile(r":\d{1,5}:\d{1,5}:\d{1,5}:")


def code_line(text: str, key: str) -> bool:
    if key in SCRIPT_VALUES or (text[:1] == "<" and (CODE_TAG_START.match(text) or HTML_TAG_LINE.match(text))):
        return True
    if COLON_NUMBER_CHAIN.search(text) and spaced_words(text) <= MAX_PAGE_NOTICE_WORDS:
        return True  # COLON_NUMBER_CHAIN
    if AD_SLOT.match(text):
        return any(ch.isdigit() for ch in text)
    return bool(SCRIPT_LINE.search(text)) and sum(text.count(mark) for mark in "{};=") >= 2


# EDITION_LINE: a paper's year and issue number ("AÑO 12 - EDICIÓN Nº 2331", "Vol. 45, No. 12", "Issue 2331"): the
# masthead's furniture, never the article's.
EDITION_LINE = re.compile(
    r"^(?:(?:año|year|vol\.?|volume|tomo|jahrgang|anno|ano|année)\s*[\dIVXLC]+\s*[-–—|,·]?\s*)?"
    r"(?:edici[oó]n|edition|issue|ausgabe|édition|edição|edizione|número|numero|nº|n°|no\.)\s*(?:nº|n°|no\.?|#)?\s*\d[\d.,]*$",
    re.IGNORECASE,
)


# FOUNDED_LINE: a paper's founding year as its masthead prints it ("Founded in 1910", "Fundado en 1910", "Since 1887",
# "Est. 1887", "Gegründet 1946", "Fondé en 1944", "Основана в 1917 году"): the masthead's slogan, never a headline.
FOUNDED_LINE = re.compile(
    r"^(?:founded|established|est\.?|since|fundad[oa]|desde|gegründet|seit|fondée?|depuis|fondat[oa]|dal|основан[ао]?|"
    r"с)(?:\s+(?:in|en|em|im|dans|nel|в))?\s+(?:1[6-9]|20)\d\d(?:\s+(?:году|г\.))?$",
    re.IGNORECASE,
)


def founded_line(text: str, key: str) -> bool:
    return bool(FOUNDED_LINE.match(text.strip()))


def edition_line(text: str, key: str) -> bool:
    return bool(EDITION_LINE.match(text.strip()))


# SITE_NAME_AFTER_SLASH: a slash or a bar, then a name of up to four capitalised words and nothing else ("/ Our Today",
# "| Example Times"): the end of the page's title ("Headline / Example Site"), cut onto a line of its own; a line of
# the article never opens with the separator.
SITE_NAME_AFTER_SLASH = re.compile(r"^[/|]\s?[^\W\d_a-z][\w.'’&-]*+(?:\s[^\W\d_a-z][\w.'’&-]*+){0,3}$")


def site_name_after_slash(text: str, key: str) -> bool:
    return bool(SITE_NAME_AFTER_SLASH.match(text.strip()))


# PAGINATION: a list's page links ("First « 1 2 3 » Next", "‹ Prev 1 2 … 9 Next ›"): page numbers and at least one
# arrow or word of the pager; numbers alone may be a score or a table's row, and stay.
# (BARRED_PAGER: the links apart by bars and the arrows doubled for the first and last page, "«« | « | 1 | » | »»")
PAGER_PART = r"(?:first|last|prev|previous|next|older|newer|page|««|»»|«|»|‹|›|<|>|…|\.\.\.|\d{1,3}+)"
PAGINATION_LINE = re.compile(rf"^{PAGER_PART}(?:\s++(?:\|\s++)?{PAGER_PART}){{2,20}}$", re.IGNORECASE)  # (spaced: linear)
PAGER_WORD = re.compile(r"[«»‹›<>]|\b(?:first|last|prev|previous|next|older|newer)\b", re.IGNORECASE)
# PAGE_OF_A_LIST: a list's trail and its page ("Home Blog Page 99", "News Page 2"): up to three capitalised words, then
# "Page" and its number, and nothing else.
PAGE_OF_A_LIST = re.compile(r"^(?:[A-Z][\w'’-]*+\s){1,3}Page\s\d{1,4}$")


# CJK_PAGES: a Chinese or Japanese article's page links ("【 第1頁 第2頁 第3頁 】", "第1页 第2页"): two or more "page N"
# and nothing else but brackets.
CJK_PAGES = re.compile(r"^[【\[(（]?\s*+(?:第\s?\d{1,3}\s?[頁页]\s*+){2,30}[】\])）]?$")


def pagination(text: str, key: str) -> bool:
    text = text.strip()
    if PAGE_OF_A_LIST.match(text) or CJK_PAGES.match(text):
        return True
    if not PAGINATION_LINE.match(text):
        return False
    # (ONE_PAGE_PAGER: a list of one page shows its one number between arrows both ways, "« 1 »")
    numbers, arrows = len(re.findall(r"\d+", text)), len(PAGER_WORD.findall(text))
    return (numbers >= 2 and arrows >= 1) or (numbers == 1 and arrows >= 2)


# PHOTO_LIBRARY_TAIL: a caption ending with a picture library in brackets, glued or not ("Russian President Jane
# Roe(Pixabay)", "The harbour at dawn (Shutterstock)"): a stock picture's credit. News agencies are left out: a headline
# may end with its wire ("Harbour talks resume (Reuters)").
# LIBRARY_SOURCE_LINE: ... or a line that is only the library, perhaps after a label of one word ("Zdroj: Wikimedia
# Commons", "Source: Shutterstock", "Getty Images").
_STOCK_LIBRARIES = (
    r"(?:Pixabay|Unsplash|Shutterstock|iStock|iStockphoto|Pexels|Getty Images|Wikimedia Commons|Depositphotos|"
    r"Dreamstime|Alamy|123RF|Adobe Stock|Freepik)"
)
# NAME_GLUED_TO_LIBRARY: ... or a photographer's name before the library's, run into it or not ("Jane RoeGetty
# Images": the credit's two spans joined when the page was copied); or the contributor's user name after it.
PHOTO_LIBRARY_TAIL = re.compile(
    rf"[(\[]{_STOCK_LIBRARIES}[)\]]\s*$|^(?:[^\W\d_]{{2,12}}\s?:\s?)?{_STOCK_LIBRARIES}\W*$"
    rf"|^(?-i:(?:[A-Z][\w'’.-]*+ ){{0,3}}[A-Z][a-z'’.-]*?[a-z]\s?{_STOCK_LIBRARIES})$"
    # (LIBRARY_SLASH_USER: the library, a slash and its contributor's user name, "Pixabay / snow-dog")
    rf"|^{_STOCK_LIBRARIES}\s?/\s?[\w.-]{{2,30}}$"
    # (USER_SLASH_LIBRARY: the other order, the photographer's name or user name, a slash and the library, its address
    # perhaps: "Jane Roe / Shutterstock.com", "snow_dog / iStock.com")
    rf"|^[\w.'’-]{{2,30}}(?: [\w.'’-]{{1,30}}){{0,2}}\s?/\s?{_STOCK_LIBRARIES}(?:\.com)?$"
    # (COURTESY_OF_THE_LIBRARY: after the caption, "Battery research. Image used courtesy of Adobe Stock")
    rf"|\b(?:images?|photos?|pictures?) (?:used )?courtesy of {_STOCK_LIBRARIES}\W*$",
    re.IGNORECASE,
)
MAX_PHOTO_LIBRARY_CAPTION_WORDS = 40


def photo_library_tail(text: str, key: str) -> bool:
    return short_line_holds(PHOTO_LIBRARY_TAIL, text, MAX_PHOTO_LIBRARY_CAPTION_WORDS)


# AUDIENCE_SURVEY: the site's invitation to its readers' survey ("Example FM invites you to participate in an audience
# survey. ... it takes about seven minutes to complete"), however long its explanation: the site's own promotion.
AUDIENCE_SURVEY = re.compile(
    r"^[^.!?]{1,60}? invites? you to (?:participate|take part) in (?:an?|our) (?:audience|reader|listener|short|quick) survey\b"
    r"|^(?:please )?take (?:our|this|a) (?:short |quick |brief )?(?:audience |reader |listener )?survey\b",
    re.I,
)
MAX_AUDIENCE_SURVEY_WORDS = 120


# LAYOUT_SPACER: an old table layout's spacer images printed by their alternative text ("spacer", "News   spacer", "go
# button spacer This Issue spacer Archive spacer"): the layout's furniture, with at most a few menu words between.
SPACER_WORD = re.compile(r"(?<![\w-])spacer(?![\w-])", re.I)
MAX_SPACER_LINE_WORDS = 6  # words other than "spacer"


# DIVIDER_IMAGE: a divider's picture printed by its alternative text ("Two color orange horizontal divider", "divider
# line"): what it looks like, in up to MAX_DIVIDER_WORDS words, and nothing else.
DIVIDER_IMAGE = re.compile(r"^(?:[\w-]{1,20} ){0,5}(?:horizontal |vertical )?(?:divider|separator)(?: line| image| bar)?$", re.I)
MAX_DIVIDER_WORDS = 8


def layout_spacer(text: str, key: str) -> bool:
    if ("divider" in text or "separator" in text) and spaced_words(text) <= MAX_DIVIDER_WORDS:
        return bool(DIVIDER_IMAGE.match(text.strip()))
    if "spacer" not in text.lower():
        return False
    rest = SPACER_WORD.sub(" ", text).split()
    return len(rest) < spaced_words(text) and len(rest) <= MAX_SPACER_LINE_WORDS and not ends_sentence(text)


# CJK_PAGE_MARK: a Chinese e-paper's page and section ("00005版:天下", "第05版：要闻", a lettered section's "第A07版:天下"):
# the paper's furniture.
# (PAGE_TURN_LINKS: the e-paper's links to the page before and after may follow, "第A01版:要闻 下一版")
CJK_PAGE_MARK = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,5}\s*版\s*(?:[:：]\s*[\u4e00-\u9fff]{1,8})?(?:\s*+(?:上一版|下一版)){0,2}$")


def cjk_page_mark(text: str, key: str) -> bool:
    return "版" in text and bool(CJK_PAGE_MARK.match(text.strip()))


# BRACKETED_RUBRIC: a Japanese or Chinese page's region or section alone in its lenticular brackets ("【栃木】",
# "【国际】") above the headline: a rubric, the site's furniture. Not an outlet's own dispatch credit, "【熊猫时报讯】" (讯,
# "reports": archive.sources reads the outlet there), nor any bracket holding more than a few characters.
BRACKETED_RUBRIC = re.compile(r"^【[\u3040-\u30ff\u4e00-\u9fff]{1,6}(?<![讯訊])】$")


def bracketed_rubric(text: str, key: str) -> bool:
    return text.startswith("【") and bool(BRACKETED_RUBRIC.match(text.strip()))


# STORY_CODE: a site's number for the story ("Story Code : 1107991", "News ID: 4213", "Article No. 88"): a counter.
STORY_CODE = re.compile(
    r"^(?:(?:story|news|article|post)\s+(?:code|id|no\.?|number)|کد\s+(?:خبر|مطلب)|شناسه\s+خبر)\s*(?::?\s*\d{3,12}|:)$", re.I
)  # (EMPTY_STORY_CODE: the label and its colon alone, the number left out of the copy: "کد خبر :")  # (Persian: "کد خبر", "news code"; "کد مطلب", "article code"; "شناسه خبر", "news id")


def story_code(text: str, key: str) -> bool:
    return bool(STORY_CODE.match(text.strip()))


def audience_survey(text: str, key: str) -> bool:
    return "survey" in text.lower() and short_line_holds(AUDIENCE_SURVEY, text, MAX_AUDIENCE_SURVEY_WORDS)


# GLUED_DURATION: a video carousel's item flattened: the source's name, the clip's length and the next clip's title run
# together ("Example News3:22Here's how to ...", "Example Rates1:03"): a length glued to a word, not a time in a sentence
# ("at 10:30 a.m." has a space before it). Not after a Chinese, Japanese or Korean character: "2010年06月11日07:19" is a
# date line, its time glued to the day's sign (CJK_DAY_BEFORE_TIME).
GLUED_DURATION = re.compile(
    r"(?:(?<=[^\W\d_])(?<![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|(?<=[a-z][.!?]))\d{1,2}:[0-5]\d(?=[A-Z“\"‘']|$)"
)
MAX_GLUED_DURATION_WORDS = 25


def glued_duration(text: str, key: str) -> bool:
    return ":" in text and spaced_words(text) <= MAX_GLUED_DURATION_WORDS and bool(GLUED_DURATION.search(text))


# COPYRIGHT_NAME_TAIL: a caption ending with its photographer's copyright and name ("... Guyana. A. female (c) Jane O.
# Roe.", "... Body scales. © Jane Roe"): a sentence of the article names no one after a © at its end.
# (GLUED_COPYRIGHT_NAME: or the © run onto the caption's last word or its date's year, one name or two after it: "...
# samedi soir©Example365", "... on March 22, 2014© Getty Images")
COPYRIGHT_NAME_TAIL = re.compile(
    r"(?<=\S)\s+(?:©|\(c\)|\(C\))\s?[A-Z][\w'’-]*+\.?(?: [A-Z][\w'’-]*+\.?){1,3}\s*$"
    r"|(?<=[^\W_])©\s?[A-Z][\w'’-]{2,30}(?: [A-Z][\w'’-]{2,30})?\s*$"
)
MAX_COPYRIGHT_CAPTION_WORDS = 60


def copyright_name_tail(text: str, key: str) -> bool:
    return ("©" in text or "(c)" in text or "(C)" in text) and short_line_holds(
        COPYRIGHT_NAME_TAIL, text, MAX_COPYRIGHT_CAPTION_WORDS
    )


# LIBRARY_COPYRIGHT: "© Getty Images" alone (no year): the picture's credit under a gallery's photo, not the page's
# footer (a picture library owns no news page).
LIBRARY_COPYRIGHT = re.compile(rf"^(?:©|\(c\)|copyright)\s*{_STOCK_LIBRARIES}\W*$", re.IGNORECASE)


def library_copyright(text: str, key: str) -> bool:
    return bool(LIBRARY_COPYRIGHT.match(text.strip()))


# BARRED_LIBRARY_CREDIT: a photographer's name, perhaps the agency, and a photo library last, between bars ("Jane Roe |
# EXA | Getty Images", "Jane Roe | Getty Images"): the picture's credit, no writer's or wire's, nor a crumb trail.
BARRED_LIBRARY_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){1,3}(?: \| [A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){0,2})? \| "
    rf"(?:(?:AFP|Bloomberg) via )?{_STOCK_LIBRARIES}$"
)


def barred_library_credit(text: str, key: str) -> bool:
    return "|" in text and BARRED_LIBRARY_CREDIT.match(text.strip()) is not None


# An image's alternative text: a name and "Logo" ("Ministry of Harbours Logo"), or "Logo" and a capitalised name ("Logo
# Example TV", "Logo: Example Radio"): the masthead's picture, not the article.
LOGO_LINE = re.compile(
    r"^[\w&.,'’ -]{2,60}\s(?:logo|Logo|LOGO)$|^(?:Logo|LOGO):?\s[A-Z0-9][\w&.'’-]*+(?:\s[A-Z0-9][\w&.'’-]*+){0,4}$"
    r"|^(?:Logo|LOGO)\s(?:www\.)?[a-z0-9-]++(?:\.[a-z0-9-]++)*\.[a-z]{2,12}$"  # ("Logo example.nl": its address)
    # (LOGOTYPE_WORD: the Spanish, Portuguese and Italian "logotipo" before the name, in any case: "Logotipo diario example")
    r"|^(?i:logotipo|logótipo|logotype)\s[\w&.'’-]++(?:\s[\w&.'’-]++){0,4}$"
    # LOGO_THEN_NAME: the picture's text, then the name printed beside it ("Example Logo Example")
    r"|^(?P<name>[A-Z0-9][\w&.'’-]*+(?:\s[A-Z0-9][\w&.'’-]*+){0,3})\s(?:logo|Logo|LOGO)\s(?P=name)$"
)


def logo_line(text: str, key: str) -> bool:
    return spaced_words(text) <= MAX_LABEL_RUN_WORDS and bool(LOGO_LINE.match(text))


# OFFICIAL_SITE_LINE: a public body's site names itself in its header ("Official website of the President of Example",
# "The official site of the City of Example"): the masthead (archive.sources reads the site's name from it); a sentence
# goes on after the name ("Official website of the council was hacked on Monday" has a verb: no capitals after "of").
OFFICIAL_SITE_LINE = re.compile(
    r"^(?:[Tt]he )?(?:[Oo]fficial|OFFICIAL) (?:(?i:web ?site|site|internet portal|web portal|portal)) (?i:of) (?:the )?"
    r"[A-Z][\w.&'’-]*+(?: (?:[A-Z][\w.&'’-]*+|of|the|and|for|de|du|des|la))*+$"
)


def official_site_line(text: str, key: str) -> bool:
    return spaced_words(text) <= MAX_LABEL_RUN_WORDS and bool(OFFICIAL_SITE_LINE.match(text.strip()))


# --- issue 17, eighth round ----------------------------------------------------------------------------------------

# CJK_PHOTOGRAPHER_CREDIT: a Chinese photo caption ends with its photographer's credit: a role (记者 "reporter", 摄影记者,
# 通讯员) or an opening bracket, the names, and 摄 ("photographed"): "...举行会谈。（新华社记者 陈明 摄）",
# "...进行现场勘查。 本报记者 张中 摄". A paragraph ends with its words, never with 摄 after a name.
CJK_PHOTOGRAPHER_CREDIT = re.compile(
    r"(?:(?:记者|記者|摄影|攝影|通讯员|通訊員)\s*[:：]?\s*|[（(]\s*)"
    # (a name of two characters may stand apart, spaced to the width of three: "李 涛")
    # (PHOTO_FROM_AN_OFFICE: the photographer's office before the name, "（某市委政策研究室 王明 摄）", and 供图, "picture
    # provided by", for 摄)
    r"(?:[\u4e00-\u9fff]{2,20}\s)?"
    r"[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}(?:[\s、]+[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3}){0,3}\s?(?:摄|攝|供图|供圖)\s?[）)]?$"
)
MAX_CJK_PHOTO_CAPTION_CHARS = 200  # a caption, credit and all


# CJK_PHOTOGRAPHER_ALONE: the photographer's credit on its own line, a name of two to four characters (its surname may
# stand apart: "张 锋摄") and 摄, maybe with the picture's source in brackets ("张 锋摄(影像中国)").
CJK_PHOTOGRAPHER_ALONE = re.compile(r"^[\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,3} ?[摄攝](?: ?[（(][^（()）]{1,12}[）)])?$")


# CJK_PICTURE_SLASH: "圖/中央社", "（图/新华社）", "照片／市府提供": the word for picture, a slash or a colon, and its source,
# alone on a line (up to MAX_CJK_PICTURE_SOURCE_CHARS characters of it): the picture's credit.
CJK_PICTURE_SLASH = re.compile(r"^[（(]?(?:圖|图|圖片|图片|照片|相片|攝影|摄影|影片)\s?[/／:：]\s?[^\s/／。，,]{1,20}[）)]?$")


def cjk_photographer_alone(text: str, key: str) -> bool:
    return bool(CJK_PHOTOGRAPHER_ALONE.match(text.strip()) or CJK_PICTURE_SLASH.match(text.strip()))


def cjk_photographer_credit(text: str, key: str) -> bool:
    stripped = text.rstrip()
    return (
        len(stripped) <= MAX_CJK_PHOTO_CAPTION_CHARS
        and stripped[-3:].strip("）) ")[-1:] in ("摄", "攝", "图", "圖")
        and bool(CJK_PHOTOGRAPHER_CREDIT.search(stripped[-40:]))
    )


# What a photo shows people doing, in the present tense (captions' tense; reports write the past).
CAPTION_VERBS = (
    r"(?:shakes?|meets?|attends?|walks?|poses?|greets?|waves?|reviews?|inspects?|arrives?|gestures?|listens?|looks?|"
    r"signs?|toasts?|holds?|chats?|hugs?|embraces?|visits?|leaves?|enters?|stands?|sits?|watches|watch|lays?|talks?|"
    r"delivers?|smiles?|applauds?|clinks?|exchanges?|takes? part|pays?|speaks?)"
)
# POSITION_VERB_CAPTION: a picture's position in brackets after a name, then a verb in the present tense within a few
# words ("Jane Roe (L) shakes hands with ...", "Roe (R) and Doe attend ..."): how captions describe a photo. Reports
# write the past tense; a party in brackets ("Sen. Jane Roe (R) said ...") is followed by a past tense or a word of
# speech, which is not in the list.
POSITION_VERB = re.compile(
    r"\((?:\d(?:st|nd|rd|th)\s+)?(?:L|R|C|left|right|cent(?:er|re)|front|back)\)"
    # only names, other positions and a few linking words between the marker and the verb ("and his wife Jane Roe (R)")
    r"(?: (?:and|his|her|wife|husband|counterpart|[A-Z][\w.'’-]*+|\([^()]{1,12}\))){0,6}? " + CAPTION_VERBS + r"\b"
)
MAX_POSITION_VERB_WORDS = 45  # a caption is a sentence or two


# POSITION_NAMED_CAPTION: a picture's position spelled out, or "(L)", "(2nd R)", in brackets after a name ("Jane Roe
# (left) of Harbour and John Doe signed ...", "Jane Roe (L) meets ..."): no development page has one in a body line.
# "(R)" and "(C)" alone are left to the verb rule above: a party ("Sen. Jane Roe (R)") and a copyright ("(C) 2016").
POSITION_NAMED = re.compile(
    r"(?<=[^\W\d_])[.’']?\s?[(（](?:left|right|cent(?:er|re)|(?:second|third|2nd|3rd|\d(?:st|nd|rd|th))\s(?:from\s)?(?:left|right|L|R)|L|"
    # the same in other languages ("Wladimir Putin (rechts)", "米舒斯京（右）", "(左一)")
    r"rechts|links|mitte|à droite|à gauche|au centre|derecha|izquierda|справа|слева|в центре|左|右|中|[左右][一二三四]|"
    r"오른쪽|왼쪽|가운데|"  # (and in Korean: "푸틴 대통령(오른쪽)")
    # (SHORT_POSITIONS: the same cut short or in more languages, "Vladimir Poutine (à g.)", "(izq.)", "(l.)" in German,
    # "(a sinistra)", "(à esquerda)", "(z lewej)", "(vlevo)", "(solda)", "(kiri)")
    r"à g\.|à d\.|à dr\.|izq\.|izda\.|dcha\.|l\.|r\.|li\.|re\.|a sinistra|a destra|al centro|à esquerda|à direita|"
    r"ao centro|z lewej|z prawej|od lewej|od prawej|vlevo|vpravo|uprostřed|solda|sağda|ortada|kiri|kanan|tengah|"
    # (SOUTH_SLAVIC_AND_NORDIC_POSITIONS: Slovenian, Croatian, Swedish, Finnish, Hungarian, Romanian and Ukrainian,
    # "Jane Roe (na levi)", "(zadaj)" for "behind", "(till vänster)", "(t.v.)")
    r"na levi|na desni|v sredini|zadaj|spredaj|lijevo|desno|u sredini|till vänster|till höger|t\.v\.|t\.h\.|vasemmalla|"
    r"oikealla|balra|jobbra|stânga|dreapta|în stânga|în dreapta|ліворуч|праворуч)[)）]"
    # AP's style: the position between commas after a full name ("Jane Roe, right, and John Doe shake hands")
    # (each word entered at its start only and taken whole: linear on a line of one long word)
    # (AP_POSITION_THEN_PHRASE: or a phrase after it, "Vladimir Putin, left, on the occasion of their audience")
    r"|(?<![\w’'-])[A-Z][\w’'-]*+ [A-Z][\w’'-]*+, (?:left|right|center|centre), (?:and|with|on|at|in|during|"
    + CAPTION_VERBS
    + r")\b"
)
MAX_POSITION_NAMED_WORDS = 60


POSITION_NAMED_HINTS = ("(", "（", ", right,", ", left,", ", center,", ", centre,")


# ... and in Chinese or Japanese, without spaces to count, at most this many characters (such a caption is one or two
# sentences, 50 to 100; a longer line is the caption run into the article's text).
MAX_CJK_POSITION_CAPTION_CHARS = 150


# PARTY_AT_THE_END: "(L)" closing a line is a party after the name a quote is attributed to ("..., säger Jane Roe (L)."),
# the Liberals' letter in Sweden; a caption's position comes before what the picture shows.
PARTY_AT_THE_END = re.compile(r"\(L\)[.”\"]*$")


def position_named_caption(text: str, key: str) -> bool:
    if text.count(" ") >= MAX_POSITION_NAMED_WORDS or not any(hint in text for hint in POSITION_NAMED_HINTS):
        return False
    if len(text) > MAX_CJK_POSITION_CAPTION_CHARS and mostly_cjk(text):
        return False
    found = POSITION_NAMED.search(text)
    if found is None:
        return False
    return not (found.group().endswith("(L)") and PARTY_AT_THE_END.search(text.rstrip()))


def position_verb_caption(text: str, key: str) -> bool:
    return "(" in text and text.count(" ") < MAX_POSITION_VERB_WORDS and bool(POSITION_VERB.search(text))


# POSED_CAPTION: what only a picture shows, right after the capitalised words naming who is in it ("Chinese leader Jane
# Roe shakes hands with ... .", "Ambassador Roe speaking to the recipients", "DP Jane Roe speaking in Harbour where ...",
# "Jane Roe poses with ... ."): a report writes the past tense ("shook hands") and a finite verb after a participle's
# clause ("Speaking in Harbour, Roe said"). Without speech words or quotation marks (a report quotes), at most
# MAX_POSITION_VERB_WORDS words. The verbs are fewer than CAPTION_VERBS': without a position in brackets to say a
# picture is meant, "meets", "visits" or "signs" are a report's too.
# (CLAUSE_BEFORE_THE_SENTENCE: "After speaking with ..., Example travels on to ...": a subordinating word opens a
# sentence's first clause, never a caption's subject)
POSED_CAPTION = re.compile(
    r"^(?!(?:After|Before|While|When|Whilst|Since|Upon|On|Following|Besides|Without|Instead)\s)"
    r"(?:(?:[A-Z][\w.'’-]*+|of|the|and|leader|president|premier|minister|governor|mayor|ambassador|chairman|his|her)\s++){1,7}"
    r"(?:(?P<finite>shakes hands|shake hands|poses|pose for|gestures|waves to|smiles|looks on)|"
    r"speaking (?:to|at|in|during|with)|addressing|delivering (?:a|his|her|the) (?:speech|remarks|address)|"
    r"posing|gesturing|waving|being (?:presented|received|welcomed|greeted|briefed|shown|awarded))\b"
)
POSED_SPEECH = re.compile(r"\b(?:said|says|told|tells|according)\b|[\"“”]")


# FIGURE_LABEL: a figure's numbered label opening its caption ("Fig 1. Example beetle, new species", "Figure 2: The
# harbour in 1900", "Abb. 3: ..."): the article's sentences do not open so. Up to MAX_FIGURE_CAPTION_WORDS words.
FIGURE_LABEL = re.compile(
    r"^(?:Fig\.?|Figure|FIGURE|Abb\.|Abbildung|Afb\.|Rys\.|Рис\.|Рисунок)\s?\d{1,3}[a-z]?(?:\s?[.:)–-])\s*+\S"
)
MAX_FIGURE_CAPTION_WORDS = 40
# ARTWORK_CAPTION: a work of art's label, its medium and size ("Portrait of a Girl, 1896. Oil on canvas. 75 x 65 cm."),
# or the artist, the title and the year alone ("Jane Roe, Basket of Pears, 1892."): an exhibition's captions.
ARTWORK_MEDIUM = re.compile(
    r"\b(?i:oil|acrylic|tempera|watercolou?r|gouache|ink|charcoal|pastel|mixed media) on (?i:canvas|paper|panel|board|linen|wood)\b"
)
ARTWORK_SIZE = re.compile(r"\b\d{1,4}(?:[.,]\d{1,2})?\s?[x×]\s?\d{1,4}(?:[.,]\d{1,2})?\s?(?:cm|mm|in)\b")
ARTIST_TITLE_YEAR = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]*+(?: [A-ZÀ-Þ][\w'’.-]*+){1,3},\s?(?P<title>[^,|]{2,80}, (?:c\.\s?)?\d{4}(?:\s?[-–]\s?\d{2,4})?)\.?$"
)  # (no bar in the title: "Jane Roe, Staff Writer | 2 min read | May 3, 2021" is a byline and its date line)
# (MONTH_DAY_BEFORE_THE_YEAR: "Jane Roe, Staff Writer, May 3, 2021": the year ends a date, not a work's title)
MONTH_DAY_BEFORE_THE_YEAR = re.compile(rf"\b(?i:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?, (?:c\.\s?)?\d{{4}}")
MAX_ARTWORK_CAPTION_WORDS = 40
ARTWORK_YEAR = re.compile(r"\b(?:1[0-9]|20)\d\d\b")  # (OLD_MASTER_YEAR: a work's year may be of any century, "1899")


def figure_caption(text: str, key: str) -> bool:
    if spaced_words(text) > MAX_FIGURE_CAPTION_WORDS:
        return False
    stripped = text.strip()
    if FIGURE_LABEL.match(stripped):
        return True
    artwork = ARTIST_TITLE_YEAR.match(stripped)
    if artwork and parse_date(stripped[artwork.start("title") :]) is None and not MONTH_DAY_BEFORE_THE_YEAR.search(stripped):
        return True  # (not "Example Today, November 2, 2009": a date line, the title's place a month and day)
    return bool(ARTWORK_MEDIUM.search(text) and (ARTWORK_SIZE.search(text) or ARTWORK_YEAR.search(text)))


def posed_caption(text: str, key: str) -> bool:
    posed = POSED_CAPTION.match(text) if text.count(" ") < MAX_POSITION_VERB_WORDS and text[:1].isupper() else None
    if posed is None or POSED_SPEECH.search(text):
        return False
    # (HEADLINE_IN_THE_PRESENT: a finite verb in a line shaped as a headline is a headline's present tense, "Roe shakes
    # hands with Doe"; a caption of one is a sentence: a full stop, or longer than a headline)
    return not (posed["finite"] and headline_shaped(text))


# POOL_PHOTO_CREDIT: a photo credit naming a pool or staff photographer ("Jane Roe/Pool/Reuters", "Jane Roe/Staff/Example
# Images", "Pool/ Jane Roe") or an agency's photo ("AFP photo by Pool/ Jane Roe.", "EXAMPLE PHOTO: Jane Roe"); "Pool" or
# "Staff" between slashes is a photographer's credit, never an author's.
_POOL_NAME = r"[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,3}"
POOL_PHOTO_CREDIT = re.compile(
    r"^[(\[]?(?:[A-Z][\w.'’-]*\s){0,3}(?i:photo|picture|image)\s*(?:by\b|:)\s*\S.{0,80}$"
    # (each name's words apart by one space, the names by a slash: one way to read any line, linear on any input)
    r"|^[(\[]?"
    + _POOL_NAME
    + r"(?:\s?/\s?"
    + _POOL_NAME
    + r")*?\s?/\s?(?:Pool|POOL|Staff|STAFF)(?:\s?/\s?"
    + _POOL_NAME
    + r")?[)\]]?\.?$"
    r"|^[(\[]?(?:Pool|POOL)\s?/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}[)\]]?\.?$"
)
MAX_POOL_CREDIT_WORDS = 12


# AGENCY_FILE_CREDIT: a picture's credit with a slash, ending with the agency it came through and perhaps its "File"
# mark ("Jane Roe/Photo host agency Example via AP, File", "Jane Roe/AP, File"): a picture's, no writer's nor a
# sentence's.
AGENCY_FILE_CREDIT = re.compile(
    r"^(?=[^/]*/)[^\W\d_][^.!?]{0,80}?(?:/|\svia\s)(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Sputnik|TASS|Xinhua|ANSA|dpa)"
    r"(?:,\s?File)?\.?$"
)


def agency_file_credit(text: str, key: str) -> bool:
    return bool(AGENCY_FILE_CREDIT.match(text.strip()))


# PHOTOGRAPHER_SLASH_AGENCY: one person's name, a slash and a news agency's name alone on a line ("Jane Roe/Example
# Agency", "Алексей Роев/РИА «Новости»", archive.byline.is_photo_credit_slash): how agencies credit their pictures;
# a writer's credit says "By" or names the paper.
def photographer_slash_agency(text: str, key: str) -> bool:
    return "/" in text and is_photo_credit_slash(text.strip())


# PHOTOGRAPHER_BY_HIS_ROLE: a name, a bar or a slash and a photographer's post ("Jane Roe | Photo Intern", "Jane Roe /
# Staff Photographer", "Jane Roe | Photo Editor"): a picture's credit; "Jane Roe | Staff Writer" is a writer's byline.
PHOTOGRAPHER_BY_HIS_ROLE = re.compile(
    r"^[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,3} ?[|/] ?(?i:(?:staff|contributing|senior|chief|freelance|student|"
    r"assistant|associate) )?(?i:photographer|photo intern|photography intern|photo editor|photojournalist|"
    r"photo(?:graphy)? director|director of photography)$"
)


def photographer_by_his_role(text: str, key: str) -> bool:
    return bool(PHOTOGRAPHER_BY_HIS_ROLE.match(text.strip()))


def pool_photo_credit(text: str, key: str) -> bool:
    stripped = text.strip()
    return (
        len(stripped.split()) <= MAX_POOL_CREDIT_WORDS
        and not ends_sentence(stripped.rstrip("."))
        and bool(POOL_PHOTO_CREDIT.match(stripped))
    )


# COMMENT_FORM_PROMPT: the comment form's prompts in any of these languages ("Please enter your comment!", "Por favor
# ingrese su nombre aquí", "You have entered an incorrect email address!"), and a comment box's heading with a note in
# brackets ("LEAVE A REPLY (be polite)"): a request, an input word and a form field.
_FORM_FIELD = (
    r"(?:comment|comentario|commentaire|kommentar|commento|комментарий|name|nombre|nom|namen|nome|имя|e ?mail|correo|"
    r"correo electrónico|adresse e ?mail|email address|e ?mail address)"
)
COMMENT_FORM_PROMPT = re.compile(
    r"^(?:please|por favor|veuillez|bitte|per favore|пожалуйста) (?:enter|type|ingrese|introduzca|escriba|saisir|"
    r"saisissez|entrez|geben sie|inserisci|введите|укажите) (?:your |su |votre |ihren |ihre |il tuo |la tua |ваш |ваше |tu )?"
    + _FORM_FIELD
    + r"(?: (?:here|aquí|ici|hier|qui|здесь|ein))?$"
    # (ROMANIAN_FORM_PROMPT: "Vă rugăm să introduceți comentariul dvs.!", "Introduceți aici numele dvs.")
    r"|^(?:vă rugăm să )?introduceți (?:aici )?(?:comentariul|numele|adresa de e ?mail)(?: dvs)?(?: aici)?$"
    r"|^(?:you have entered an incorrect e ?mail address|ha introducido una dirección de correo electrónico incorrecta|"
    r"vous avez entré une adresse e ?mail incorrecte)$"
    # (COMMENT_INVITATION: the comment box's call, "Share your thoughts on Example", "Condividi le tue opinioni su
    # Example", "Commenti scrivi/Scopri i commenti"; and its rules' link, "please see our Comments FAQ")
    r"|^(?:share your (?:thoughts|opinions?|views|comments)|condividi le tue opinioni|partagez votre avis|"
    r"comparte tu opinión|teilen sie ihre meinung)(?: (?:on|about|below|su|sur|sobre|zu)\b.*)?$"
    r"|(?:^|\s)(?:scopri|leggi|vedi) i commenti$"
    r"|^.{0,60}\bour comments? (?:faq|policy|guidelines|rules)$"
)
# READERS_CALLED_TO_COMMENT: the reader asked a question, then called to comment ("Have you received ...? Share your
# thoughts!"), and the comment box's guidelines ("Comments should take into account that readers may hold different
# opinions. ..."), read on the line as printed, however long.
READERS_CALLED_TO_COMMENT = re.compile(
    r"^[^?]{0,200}\?\s(?i:share your (?:thoughts|views|opinions?)|let us know(?: in the comments)?|tell us (?:in the comments|below))[.!]?$"
    r"|^(?i:comments (?:should|must) (?:take into account|be respectful|remain|stay|be civil|be on topic))\b.{0,400}$"
)
MAX_COMMENT_PROMPT_WORDS = 12


# EMAIL_NOT_PUBLISHED: a comment form's notice that the writer's address stays private, as WordPress prints it in its
# translations ("Your email address will not be published. Required fields are marked *"): its first sentence as a key,
# with or without the sentence after it.
EMAIL_NOT_PUBLISHED = tuple(
    key_of(sentence)
    for sentence in _words("""
    Your email address will not be published
    Your e-mail address will not be published
    Email của bạn sẽ không được hiển thị công khai
    Địa chỉ email của bạn sẽ không được công bố
    メールアドレスが公開されることはありません
    您的电子邮箱地址不会被公开
    您的邮箱地址不会被公开
    你的電子郵件地址並不會被公開
    لن يتم نشر عنوان بريدك الإلكتروني
    نشانی ایمیل شما منتشر نخواهد شد
    이메일 주소는 공개되지 않습니다
    Η ηλ. διεύθυνση σας δεν δημοσιεύεται
    Vaše e-mailová adresa nebude zveřejněna
    Adresa ta de email nu va fi publicată
    Az e-mail címet nem tesszük közzé
    Ваша e-mail адреса не оприлюднюватиметься
    Din e-postadress kommer inte publiceras
    Twój adres e-mail nie zostanie opublikowany
    Tu dirección de correo electrónico no será publicada
    La dirección de correo electrónico no será publicada
    Votre adresse e-mail ne sera pas publiée
    Votre adresse de messagerie ne sera pas publiée
    Deine E-Mail-Adresse wird nicht veröffentlicht
    Ihre E-Mail-Adresse wird nicht veröffentlicht
    O seu endereço de email não será publicado
    O seu endereço de e-mail não será publicado
    Seu endereço de email não será publicado
    Il tuo indirizzo email non sarà pubblicato
    Ваш адрес email не будет опубликован
    Je e-mailadres wordt niet gepubliceerd
    Alamat email Anda tidak akan dipublikasikan
    E-posta hesabınız yayımlanmayacak
    E-posta adresiniz yayınlanmayacak
""")
)
# COMMENT_FORM_LINES: the rest of the form's lines as WordPress prints them in its translations: the required fields'
# note and the box to remember the writer ("Required fields are marked *", "Save my name, email, and website in this
# browser for the next time I comment.", "Notify me of follow-up comments by email."): their opening words as keys.
COMMENT_FORM_LINES = tuple(
    key_of(sentence)
    for sentence in _words("""
    Required fields are marked
    Erforderliche Felder sind mit
    Les champs obligatoires sont indiqués avec
    Los campos obligatorios están marcados con
    Os campos obrigatórios estão assinalados com
    Os campos obrigatórios são marcados com
    I campi obbligatori sono contrassegnati
    Vereiste velden zijn gemarkeerd met
    Wymagane pola są oznaczone
    Обязательные поля помечены
    Обов’язкові поля позначені
    Gerekli alanlar
    Obligatoriska fält är märkta
    Save my name, email, and website in this browser for the next time I comment
    Speichere meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser
    Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser
    Enregistrer mon nom, mon e-mail et mon site dans le navigateur
    Guarda mi nombre, correo electrónico y web en este navegador
    Salvar meus dados neste navegador
    Guardar o meu nome, email e site neste navegador
    Salva il mio nome, email e sito web in questo browser
    Bewaar mijn naam, e-mail en website in deze browser
    Zapisz moje dane, adres e-mail i witrynę w przeglądarce
    Сохранить моё имя, email и адрес сайта в этом браузере
    Bir dahaki sefere yorum yaptığımda kullanılmak üzere
    Spara mitt namn, min e-postadress och webbplats i denna webbläsare
    Notify me of follow-up comments by email
    Notify me of new posts by email
    Benachrichtige mich über nachfolgende Kommentare via E-Mail
    Prévenez-moi de tous les nouveaux commentaires par e-mail
    Recibir un email con los siguientes comentarios a esta entrada
    Avise-me sobre novos comentários por email
    Avvisami via email in caso di risposte al mio commento
""")
)


MAX_COMMENT_FORM_LINE_WORDS = 30  # (the form's line is one sentence: a paragraph opening so is the article's)


def comment_form_prompt(text: str, key: str) -> bool:
    key = key or key_of(text)
    if len(key.split()) <= MAX_COMMENT_PROMPT_WORDS and COMMENT_FORM_PROMPT.match(key):
        return True
    if spaced_words(text) <= MAX_COMMENT_LOGIN_WORDS and key.startswith(EMAIL_NOT_PUBLISHED):
        return True
    if spaced_words(text) <= MAX_COMMENT_FORM_LINE_WORDS and key.startswith(COMMENT_FORM_LINES):
        return True  # COMMENT_FORM_LINES
    head, bracket, _ = text.partition(" (")
    return bool(bracket) and key_of(head) in COMMENT_FORM_LABELS


# CJK_WIDGET_LABEL: a line of a few Chinese characters alone, ending in a widget's word (评论 "comments", 推荐
# "recommended", 热榜 "hot list", 排行 "ranking", 搜索 "search", 新闻 "news", 热点, 专题, 阅读, 视频, 资讯, 频道), or of
# two characters at most ("武汉", a city's tab): the page's boxes and tabs. No development page has a body line of six
# characters or fewer alone; a headline that short is not taken for one either.
CJK_WIDGET_WORDS = (
    "评论", "評論", "推荐", "推薦", "热榜", "熱榜", "排行", "排行榜", "搜索", "新闻", "新聞", "热点", "熱點", "专题", "專題",
    "阅读", "閱讀", "视频", "視頻", "资讯", "資訊", "频道", "頻道", "热搜", "熱搜", "首页", "首頁",
)  # fmt: skip
CJK_WIDGET_LINE = re.compile(r"^[\u4e00-\u9fff]{1,6}\s?[:：]?$")
MAX_CJK_TAB_CHARS = 2


def cjk_widget_label(text: str, key: str) -> bool:
    stripped = text.strip()
    if not CJK_WIDGET_LINE.match(stripped):
        return False
    word = stripped.rstrip(":： ")
    return len(word) <= MAX_CJK_TAB_CHARS or word.endswith(CJK_WIDGET_WORDS)


# FONT_CONTROL: the text-size and print buttons ("放大 缩小 默认", "【字体: 大 中 小】", "字号：T|T", "A+ A- A"): a short
# line made of nothing but their words and marks.
FONT_CONTROL_WORDS = frozenset(
    "字体 字體 字号 字號 字体大小 字體大小 大 中 小 放大 缩小 縮小 默认 默認 打印 关闭 關閉 t a a+ a- 【 】 [ ] : ： | 丨 定义你的浏览字号 "
    "定義你的瀏覽字號 超大 特大 收藏 发给好友 發給好友".split()  # (extra large; bookmark, send to a friend: the same row)
)
MAX_FONT_CONTROL_CHARS = 30


# BACKGROUND_COLOUR_CONTROL: the same row with the page's background colours to choose ("【字号: | | 【背景色 杏仁黄 秋叶褐
# ... 银河白(默认色)"): the text size's word and the background colour's on one short line
BACKGROUND_COLOUR_CONTROL = re.compile(r"(?:字号|字號|字体|字體).{0,20}?(?:背景色|背景颜色|背景顏色)")
MAX_COLOUR_CONTROL_CHARS = 80


# TEXT_SIZE_TOGGLE: the text-size button printed "Aa" (one or more), a capital and a small letter: no agency's "AA".
TEXT_SIZE_TOGGLE = re.compile(r"^Aa(?: Aa)*$")


# TEXT_SIZE_CHOICE: the text-size widget with its label and its sizes ("Schriftgröße: klein mittel groß", "Text size: A A
# A"), at the end of a short line whose parts before it, between bars, are of a word or two ("Home>International |
# Schriftgröße: klein mittel groß |": the crumb beside it)
TEXT_SIZE_CHOICE = re.compile(
    r"(?i:font size|text size|schriftgr(?:ö|oe?)(?:ß|ss)e|taille du texte|taille de police|tamaño de (?:letra|fuente|texto)|"
    r"dimensione (?:del )?testo|lettergrootte)\s?:?\s?(?:(?i:klein|mittel|groß|gross|small|medium|large|big|petit|moyen|"
    r"grand|pequeño|mediano|grande|piccolo|medio|normal|normaal|groot|a[+-]?)\s?){2,4}\|?$"
)
MAX_TEXT_SIZE_LINE_CHARS = 90
MAX_WORDS_BESIDE_TEXT_SIZE = 2


# TEXT_SIZE_BUTTONS: the text-size buttons' words opening a short line of page tools ("aumentar texto reducir texto
# imprimir enviar noticia comentar", "Increase text size Decrease text size Print")
TEXT_SIZE_BUTTONS = re.compile(
    r"^(?i:aumentar|reducir|disminuir|increase|decrease|agrandir|réduire|vergrößern|verkleinern|aumentare|ridurre)\s"
    r"(?i:el\s|la\s|le\s|the\s|den\s|il\s)?(?i:texto|text|letra|fuente|font|tamaño|texte|schrift|testo|carattere)\b"
)
MAX_TEXT_SIZE_BUTTONS_WORDS = 12
# KOREAN_TEXT_SIZE_BOX: a Korean site's text-size box, "글자크기 설정 ..." ("text size setting") and its help
KOREAN_TEXT_SIZE_BOX = re.compile(r"^글자\s?크기\s?(?:설정|변경|조절)")


# TEXT_SIZE_STEPPER: the text size's buttons and its size in pixels ("+ ↺ − 16 px", "A- A+ 18px")
TEXT_SIZE_STEPPER = re.compile(r"^(?:(?:A?[+−–-]|↺|⟲|⟳)\s?){1,4}\d{1,2}\s?px(?:\s?(?:A?[+−–-]|↺|⟲|⟳))*$")


def font_control(text: str, key: str) -> bool:
    stripped = text.strip()
    if TEXT_SIZE_TOGGLE.match(stripped) or TEXT_SIZE_STEPPER.match(stripped):
        return True
    if TEXT_SIZE_BUTTONS.match(stripped) and spaced_words(stripped) <= MAX_TEXT_SIZE_BUTTONS_WORDS:
        return True
    if KOREAN_TEXT_SIZE_BOX.match(stripped) and spaced_words(stripped) <= MAX_TEXT_SIZE_BUTTONS_WORDS:
        return True
    size = TEXT_SIZE_CHOICE.search(stripped) if len(stripped) <= MAX_TEXT_SIZE_LINE_CHARS else None
    if size and all(len(part.split()) <= MAX_WORDS_BESIDE_TEXT_SIZE for part in stripped[: size.start()].split("|")):
        return True
    if len(stripped) <= MAX_COLOUR_CONTROL_CHARS and BACKGROUND_COLOUR_CONTROL.search(stripped):
        return True
    if len(stripped) > MAX_FONT_CONTROL_CHARS or not any(w in stripped for w in ("字", "放大", "缩小", "縮小", "默认", "打印")):
        return False
    words = re.sub(r"([【】\[\]:：|丨])", r" \1 ", stripped).lower().split()
    return bool(words) and all(w in FONT_CONTROL_WORDS for w in words)


# READ_SHARE_PAYWALL: a paywall's reading meter ("您已阅读19%(233字)，剩余81%...", "You have read 19% of this article").
# The share read, then the share left: "市民已阅读19%的报告" is a sentence.
READ_SHARE_PAYWALL = re.compile(
    r"(?:已阅读|已閱讀)\s?\d{1,3}\s?%.{0,20}?(?:剩余|剩餘)\s?\d{1,3}\s?%|\byou(?:'ve| have) read \d{1,3}\s?% of (?:this|the) (?:article|story)\b",
    re.I,
)
MAX_READ_SHARE_CHARS = 160


def read_share_paywall(text: str, key: str) -> bool:
    return len(text) <= MAX_READ_SHARE_CHARS and "%" in text and bool(READ_SHARE_PAYWALL.search(text))


# NEWSLETTER_PROMO: the newsletter box ("Get Today's Headlines in your inbox:", "The day's top stories delivered every
# morning.", "Thank you for signing up! Sign up for more newsletters here"): its words (inbox, newsletter, signing up,
# stories delivered) with the reader addressed or the stories offered, on a short line. "The council's newsletter was
# delivered to every home" addresses nobody.
NEWSLETTER_WORDS = re.compile(
    # (SENT_TO_YOUR_EMAIL: "Get the latest National news. Sent to your email, every day.")
    r"\b(?:your inbox|newsletters?|sign(?:ing)? up|(?:stories|headlines|news) delivered|(?:sent|delivered) to your e-?mail)\b"
    # (FOREIGN_NEWSLETTER: "nieuwsbrief", "bülten", "boletín", "рассылка", "biuletyn")
    r"|\b(?:nieuwsbrief|bülten\w*|boletín|рассылк\w*|biuletyn\w*)",
    re.I,
)
NEWSLETTER_OFFER = re.compile(
    r"\b(?:you|your|our)\b|^(?:thank you|get|sign up|subscribe)\b|\b(?:top stories|headlines)\b"
    # (FOREIGN_NEWSLETTER_OFFER: "our" and the call to sign up in the archive's languages, "Melden Sie sich für unseren
    # Newsletter an", "Meld je aan voor onze nieuwsbrief", "Bültenimize abone olun")
    r"|\b(?:unseren|unserem|notre|nos|nuestro|nuestra|nossa|nosso|nostra|nostro|onze|naszego|naszym|нашу|нашей|"
    r"bültenimize|abone olun|anmelden|inscrivez|abonnez|suscríbete|inscreva|iscriviti|meld je aan|zapisz się|подпишитесь)\b",
    re.I,
)
MAX_NEWSLETTER_WORDS = 16


# NEWSLETTER_PITCH: a line opening with the call to sign up (SUBSCRIBE_CALL, or NEWSLETTER_CALL_OPENING) that names the
# newsletter (NEWSLETTER_NOUN), in the archive's languages ("Inscrivez-vous à notre newsletter pour recevoir, deux fois
# par mois, ...", "Jetzt den kostenlosen Newsletter abonnieren – täglich das Beste ...", "Iratkozzon fel hírlevelünkre
# ..."), up to MAX_NEWSLETTER_PITCH_WORDS words: the box's pitch, however long its promise.
NEWSLETTER_CALL_OPENING = re.compile(
    r"^(?:sign up|subscribe|jetzt\b[^.!?]{0,40}?newsletter\w*\s(?:abonnieren|bestellen|anfordern))\b", re.I
)
MAX_NEWSLETTER_PITCH_WORDS = 40


def newsletter_promo(text: str, key: str) -> bool:
    stripped = text.strip()
    if (SUBSCRIBE_CALL.match(stripped) or NEWSLETTER_CALL_OPENING.match(stripped)) and NEWSLETTER_NOUN.search(stripped):
        return spaced_words(text) <= MAX_NEWSLETTER_PITCH_WORDS  # NEWSLETTER_PITCH
    if spaced_words(text) > MAX_NEWSLETTER_WORDS or not NEWSLETTER_WORDS.search(text):
        return False
    return bool(NEWSLETTER_OFFER.search(text))


# NEWSLETTER_LABEL: a newsletter box's label, a short line naming what is offered, with its frequency or price ("A free
# daily email", "Weekly newsletter", "The morning briefing"): no sentence, no article's sub-heading.
NEWSLETTER_LABEL = re.compile(
    r"^(?:(?:a|an|the|our|your)\s+)?(?:free\s+)?(?:(?:daily|weekly|monthly|morning|evening|twice-weekly)\s+)?"
    r"(?:e-?mail|newsletter|briefing|digest|bulletin)s?$",
    re.I,
)
NEWSLETTER_QUALIFIER = re.compile(r"\b(?:free|daily|weekly|monthly|morning|evening|twice-weekly)\b", re.I)


def newsletter_label(text: str, key: str) -> bool:
    stripped = text.strip()
    return bool(NEWSLETTER_LABEL.match(stripped)) and bool(NEWSLETTER_QUALIFIER.search(stripped))


# APP_OR_FOLLOW_PROMO: the site's own promotions: its app ("Download the Example app for more features!"), its e-paper
# ("Visit example.in to explore our interactive epaper!"), its social pages ("Connect with us on our socials:"), its
# other sites ("Read Our News on: http://..."): a call to the reader and the site's thing, on a short line.
APP_OR_FOLLOW_PROMO = re.compile(
    r"^(?:download|get|install) (?:the|our) (?:[\w.'’-]+ ){0,3}app\b"
    # (TAP_TO_INSTALL: "Tap to install our app.", "Click to download our free app")
    r"|^(?:tap|click) (?:here )?to (?:install|download|get) (?:the|our) (?:[\w.'’-]+ ){0,3}app\b"
    # (ON_YOUR_PHONE: "Get The Example Paper on your phone with the", the site's name and the device, the app's name lost)
    r"|^get (?:the )?(?:(?-i:[A-Z])[\w.&'’-]*+ ){1,4}on your (?:phone|mobile|smartphone|device)\b"
    # (FOLLOW_THE_LIVE_FEED: "Follow Example's live feed to learn more!", "Follow our live coverage"; a footnote's
    # asterisk glued before it, "*Follow Example's live feed to find out more.")
    r"|^\*?follow (?:our|(?:(?-i:[A-Z])[\w.&-]*+ ){0,2}(?-i:[A-Z])[\w.&-]*+['’]s?) (?:live )?(?:feed|coverage|blog|updates)\b"
    r"|^(?:visit|explore|read) .{0,40}\b(?:our|the) (?:interactive |digital )?e-?paper\b"
    r"|^(?:connect|follow|join|find|like) (?:with )?us (?:on|at|in)\b"
    r"|^(?:please )?(?:follow|like|share) (?:and|&) (?:like|follow|share) us\b"  # (a social-icons plugin's call)
    r"|^read our (?:news|stories|articles) (?:on|at)\b"
    # (MORE_IN_THE_APP: "Read more Example articles in the Example App", "Baca artikel Example lainnya di Example App",
    # "Lees meer in de Example-app": reading on in the site's app)
    r"|^(?:read|baca|lees|lire|leia|lea) .{0,50}\b(?:in|di|dalam|on|dans|na|en)\s(?:the\s|de\s|l'|a\s)?(?:[\w.&'’-]+\s){0,3}app\W*$"
    # (MALAY_FOLLOW_US: "Tidak mahu terlepas? Ikuti kami di", "don't want to miss out? follow us on", its platforms lost)
    r"|^(?:[^.!?]{1,40}\?\s*)?(?:ikuti kami di|ikuti kami)\b"
    # (PREFERRED_SOURCE_CALL: "Add Example News as a preferred source on Google", "Přidejte si Example do svých
    # oblíbených zdrojů na Google Zprávy", "Dodaj Example do ulubionych źródeł w Google")
    r"|^(?:add|make|set) (?:[\w.&'’-]+ ){0,5}(?:as )?(?:a |your )?preferred source (?:on|in) google\b"
    r"|^(?:přidejte si|pridajte si|dodaj) (?:[\w.&'’-]+ ){1,5}do (?:svých |svojich )?(?:oblíbených|obľúbených|ulubionych|"
    r"preferowanych) (?:zdrojů|zdrojov|źródeł)\b",
    re.I,
)
MAX_APP_PROMO_WORDS = 16
# OUR_APP_CALL: the site's call to download its own app, anywhere in a short line after what the app holds ("I numeri
# della stagione: scarica la nostra App per tutte le statistiche", "Descarga nuestra app"): "our" app, the site's; a
# story about another firm's app names it.
OUR_APP_CALL = re.compile(
    r"\b(?:download our (?:free )?app|scarica(?:te)? (?:la )?nostra app|descarg(?:a|ue) nuestra app|baix(?:e|a) (?:o )?nosso app|"
    r"baix(?:e|a) (?:a )?nossa aplica[çc][ãa]o|t[ée]l[ée]charge[zr]? notre (?:app|application)|lade(?:n sie)? unsere app|"
    r"pobierz naszą aplikację|download onze app)\b",
    re.IGNORECASE,
)
MAX_OUR_APP_CALL_WORDS = 40


# FOLLOW_ON_PLATFORMS: the site's call to follow one of its accounts on two or more networks, with what it posts there
# ("Follow Example Business on Twitter, LinkedIn and Facebook for insights on ..."): longer than the short calls above,
# so it must name the networks; "Follow the money" and "follow Jane Roe's advice" name none.
_PLATFORM = r"(?:Facebook|Twitter|X|LinkedIn|Instagram|YouTube|Telegram|WhatsApp|TikTok|Threads|Google News|Bluesky)"
# (CONNECT_WITH: "Connect with 7 First Alert Meteorologists on Facebook and Twitter:", a count in the team's name)
FOLLOW_ON_PLATFORMS = re.compile(
    rf"^(?i:follow|like|connect with) (?:[A-Z0-9][\w.&'’-]*+ ){{1,4}}(?i:on) {_PLATFORM}(?:,? (?:and |& )?{_PLATFORM}){{1,6}}\b"
)
MAX_FOLLOW_ON_PLATFORMS_WORDS = 30
# PLATFORM_THEN_NAMES: a network's name and its colon, then the accounts' names or handles apart by commas ("Facebook:
# Jane Roe , John Doe , Ann Poe", "Twitter: @janeroe, @johndoe"): the team's social links, under the call to follow them.
# Each item a capitalised name of up to three words or a handle; "Twitter: the company said ..." is a sentence.
_ACCOUNT = r"(?:@[\w.]{2,30}|[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,2})"
PLATFORM_THEN_NAMES = re.compile(rf"^{_PLATFORM}\s?:\s?{_ACCOUNT}(?: ?, ?(?:and )?{_ACCOUNT}){{1,12}}$")
# FOLLOW_ON_GOOGLE_NEWS: a call to follow the site on Google's news service, in the languages of the archive's sources
# ("Urmăriți Example și pe GOOGLE ȘTIRI", "Folgen Sie uns auf Google News", "Síguenos en Google Noticias"): a verb of
# following first, the service last, no full stop; "The story trended on Google News." is a sentence.
FOLLOW_ON_GOOGLE_NEWS = re.compile(
    r"^(?i:follow|urmăriți|urmăriţi|urmăriti|urmărește|folgen|folge|suivez|seguici|segui|síguenos|siguenos|sígueme|siga|"
    r"sigue|volg|obserwuj|sledujte|sleduj|takip|ikuti|theo dõi|подписывайтесь|підписуйтесь|читайте)\b"
    r".{0,60}?\b(?i:google)\s(?i:news|știri|stiri|ştiri|actualités|notizie|noticias|notícias|nieuws|zprávy|správy|"
    r"wiadomości|haberler|новости|новини|berita|tin tức)[^\w.!?]*$"
)
MAX_GOOGLE_NEWS_CALL_WORDS = 14
# CATEGORY_LIST_LABEL: the label of a list of the category's other stories ("Știri recente din categoria Actualitate",
# "More stories from the category Politics", "Weitere Nachrichten aus der Kategorie Sport")
CATEGORY_LIST_LABEL = re.compile(
    r"^(?i:știri recente din categoria|ştiri recente din categoria|more (?:news|stories|articles) (?:from|in) (?:the )?category|"
    r"weitere (?:nachrichten|artikel) aus der kategorie|autres articles de la catégorie|altre notizie (?:dalla|della) categoria|"
    r"más noticias de la categoría|mais notícias da categoria)\b"
)
# FOLLOW_ON_ONE_PLATFORM: the whole line a call to follow a named account on one network ("Follow Jane Roe on Twitter",
# the writer's button under the story); a sentence going on after the network ("Follow Jane Roe on Twitter, where she
# posted the plans") or following anything else ("Follow the money on Twitter") is the article's.
FOLLOW_ON_ONE_PLATFORM = re.compile(rf"^(?i:follow) (?:[A-Z][\w.&'’-]*+ ){{1,4}}(?i:on) {_PLATFORM}[.!]?$")
# FOLLOW_THE_HANDLE: a short call to follow an account by its handle, wherever it stands in the line ("For breaking news
# and updates, follow @ExampleNow on Twitter.", "Follow @JaneRoeTV for more."); the handle said in a sentence without
# "follow" ("she wrote as @janeroe") is the article's.
FOLLOW_THE_HANDLE = re.compile(r"\b(?i:follow)\s(?:(?:us|me|him|her|them)\s)?(?:(?i:on|at)\s)?@[A-Za-z0-9_]{2,30}\b")
MAX_FOLLOW_THE_HANDLE_WORDS = 25


# VIETNAMESE_FOLLOW: "Theo dõi Báo Example trên" ("follow the Example newspaper on"), a name's capitalised words and
# "on", then nothing or a platform's name (its icons lost); "Theo dõi tình hình trên biển" follows the news itself.
VIETNAMESE_FOLLOW = re.compile(r"^[Tt]heo dõi (?P<name>(?:\S+ ){1,5})trên(?: \S+){0,2}$")
# VIETNAMESE_INVITED_TO_FOLLOW: "Mời quý độc giả theo dõi các chương trình ...", the readers invited to follow the
# channel's programmes, up to MAX_INVITED_TO_FOLLOW_WORDS words; "Thủ tướng mời các nhà đầu tư ..." invites someone else.
VIETNAMESE_INVITED_TO_FOLLOW = re.compile(r"^[Mm]ời (?:quý )?(?:độc giả|bạn đọc|khán giả) (?:theo dõi|đón xem|xem)\b")
MAX_INVITED_TO_FOLLOW_WORDS = 30
# PORTUGUESE_FOLLOW: "SIGA O EXA NO", "Siga o Example no" ("follow Example on"), a name's capitalised words and "on", then
# nothing or a platform's name (its icons lost); "Siga o dinheiro" follows no name
PORTUGUESE_FOLLOW = re.compile(r"^(?i:siga|sigam|acompanhe) (?i:o|a) (?P<name>(?:\S+ ){1,4}?)(?i:no|na|nas|nos)(?: \S+){0,2}$")
# RUSSIAN_READ_US_IN: "Читать example.ru в" ("read example.ru in"), the site's address and "in", its platform's icon lost
RUSSIAN_READ_US_IN = re.compile(r"^(?:Читать|Читайте) [a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12} (?:в|на)$")


def app_or_follow_promo(text: str, key: str) -> bool:
    if "@" in text and short_line_holds(FOLLOW_THE_HANDLE, text, MAX_FOLLOW_THE_HANDLE_WORDS):
        return True
    if text[:1] in "FfLlCc" and short_line_matches(FOLLOW_ON_PLATFORMS, text, MAX_FOLLOW_ON_PLATFORMS_WORDS):
        return True
    if ":" in text and PLATFORM_THEN_NAMES.match(text.strip()):
        return True  # PLATFORM_THEN_NAMES
    if text[:1] in "Ff" and FOLLOW_ON_ONE_PLATFORM.match(text.strip()):
        return True
    if "oogle" in text.casefold() and short_line_matches(FOLLOW_ON_GOOGLE_NEWS, text, MAX_GOOGLE_NEWS_CALL_WORDS):
        return True
    if short_line_matches(CATEGORY_LIST_LABEL, text, MAX_GOOGLE_NEWS_CALL_WORDS):
        return True
    followed = VIETNAMESE_FOLLOW.match(text.strip()) if text[:1] in "Tt" else None
    if followed and all(word[:1].isupper() for word in followed["name"].split()):
        return True
    if text[:1] == "Ч" and RUSSIAN_READ_US_IN.match(text.strip()):
        return True
    followed = PORTUGUESE_FOLLOW.match(text.strip()) if text[:1] in "SsAa" else None
    if followed and all(word[:1].isupper() for word in followed["name"].split()):
        return True
    if text[:1] in "Mm" and VIETNAMESE_INVITED_TO_FOLLOW.match(text) and spaced_words(text) <= MAX_INVITED_TO_FOLLOW_WORDS:
        return True
    if "pp" in text.casefold() or "plica" in text.casefold():
        if short_line_holds(OUR_APP_CALL, text, MAX_OUR_APP_CALL_WORDS):
            return True  # OUR_APP_CALL
    return short_line_matches(APP_OR_FOLLOW_PROMO, text, MAX_APP_PROMO_WORDS)


# TIP_CALL: the newsroom asks for tips ("Know more or have pictures? Contact the newsroom", "Got a news tip? Email us",
# "Vet du mer? Tipsa oss", "Une info ? Contactez la rédaction"): a short question, then a call to write to the site
# itself (us, the newsroom, the editors). A call to contact the police or anyone else is the article's.
# WRITE_TO_THE_SITE: "write to us" in other languages, the call after the newsroom's question (TIP_ADDRESSEE) or alone
# (TIP_BUTTONS)
WRITE_TO_THE_SITE = r"écrivez-nous|escríbenos|scrivici|napisz do nas|напишите нам|напишіть нам"
TIP_QUESTION = r"(?:[^.!?]{1,80}\?\s*){1,3}"  # (QUESTIONS_THEN_THE_CALL: up to three questions before the call)
TIP_ADDRESSEE = (
    r"(?:contact|email|e-mail|message|tell|send|write to|call|text|tip|drop) (?:us|the newsroom|our newsroom|the editors?|"
    r"the news desk|our news desk)\b|get in touch\b|let us know\b"
    r"|kontakta (?:oss|redaktionen)|tipsa (?:oss|redaktionen)|(?:tip|mail|bel) de redactie|neem contact op met de redactie"
    r"|schreiben sie (?:uns|der redaktion)|kontaktieren sie (?:uns|die redaktion)|contactez(?:-nous| la rédaction)"
    rf"|{WRITE_TO_THE_SITE}|contáctanos|contáctenos|escreva para nós|fale conosco|contattaci"
    r"|skontaktuj się z redakcją|przyślij|prześlij|wyślij|пишите нам|свяжитесь с (?:нами|редакцией)"
    r"|пишіть нам|зв'яжіться з (?:нами|редакцією)"
    # (SEND_TO_ADDRESS: "Send your stories to jane.roe@example.com", "Send us your pictures to ...": the site's address)
    r"|send (?:us )?(?:your? )?(?:stories|story|pictures|photos|videos|tips|experiences|views) (?:to|at) \S+@\S+"
)
TIP_CALL = re.compile(
    rf"^(?:{TIP_QUESTION}(?:[^.!?]{{0,30}}\b)?(?:{TIP_ADDRESSEE})|(?:got|have) an? (?:news |story )?tip\b)", re.IGNORECASE
)
MAX_TIP_CALL_WORDS = 24  # (a call naming two addresses, for the story and for the pictures)


# TIP_BUTTONS: the story's buttons for readers' tips and corrections ("Send us a tip", "Send us a photo or video",
# "Suggest a correction", an icon's mark or the site's address beside them): a short line opening so.
TIP_BUTTONS = re.compile(
    r"^[^\w\s]{0,3}\s?(?:send us (?:a |your )?(?:news |story )?(?:tips?|photos?|videos?|photo or video|story)|"
    r"suggest a correction|submit a correction|report an? (?:error|typo|correction)|"
    # (WRITE_TO_US: the call alone, "Napisz do nas!", "Write to us!", under the newsroom's questions)
    rf"write to us|schreiben sie uns|{WRITE_TO_THE_SITE})(?!\w)",
    re.I,
)
MAX_TIP_BUTTON_WORDS = 8


# READER_CALLS: the page speaking to its reader in a sentence of its own, as its promos do:
# - QUESTION_THEN_CALL_LINE: a short question, then a call ("Want to see your highlights here? Send your videos to
#   ...", "Got news of a restaurant opening? Send an email to ..."); the police's appeal asks to call, contact or email
#   them ("Have information? Contact police at ..."), the article's words;
# - READ_IT_HERE: the reader told where to read more, the link's words ending the line ("If you missed our coverage,
#   you can read that story here.", "Check out more photography news on Example at this link right here.");
# - MEMBERSHIP_PROMO: the site's membership offered ("Members help make our journalism possible. Become an Example member
#   today and unlock ...").
QUESTION_THEN_CALL_LINE = re.compile(
    r"^[^.!?]{3,80}\?\s++(?:send|tag|share|get|sign up|subscribe|join|download|follow|try)\b", re.I
)
READ_IT_HERE = re.compile(
    r"(?:\byou (?:can|could|may|will)|^check out\b|^click\b|^tap\b)[^.!?]{0,160}\b(?:here|at this link(?: right here)?)[.!]?$",
    re.I,
)
MEMBERSHIP_PROMO = re.compile(
    r"\bbecome an? (?:[\w&'’.-]++ ){0,4}?(?:member|subscriber|supporter|insider)\b[^.!?]{0,20}?\b(?:today|now)\b(?=.*\b(?:our|unlock)\b)",
    re.I,
)
MAX_READER_CALL_WORDS = 45


def reader_call(text: str, key: str) -> bool:
    """READER_CALLS (above)."""
    if spaced_words(text) > MAX_READER_CALL_WORDS:
        return False
    stripped = text.strip()
    return bool(QUESTION_THEN_CALL_LINE.match(stripped) or READ_IT_HERE.search(stripped) or MEMBERSHIP_PROMO.search(stripped))


def tip_call(text: str, key: str) -> bool:
    if short_line_matches(TIP_BUTTONS, text.strip(), MAX_TIP_BUTTON_WORDS):
        return True
    return short_line_matches(TIP_CALL, text, MAX_TIP_CALL_WORDS)


# AD_BANNER_SLUG: an ad banner's file name left in the text, its size in it ("KBC-You-tube-728x90-New-2",
# "banner_300x250"): one token of letters, digits, hyphens and underscores with WIDTHxHEIGHT.
AD_BANNER_SLUG = re.compile(r"^[\w.-]*?(?<![^\W_])\d{2,4}[x×*]\d{2,4}(?![^\W_])[\w.-]*$")  # ("ad9_210*60" too)


def ad_banner_slug(text: str, key: str) -> bool:
    stripped = text.strip()
    return " " not in stripped and ("-" in stripped or "_" in stripped) and bool(AD_BANNER_SLUG.match(stripped))


# SITE_SELF_DESCRIPTION: the site's boilerplate about itself under the article ("Example Times provides news and
# information from Harbour and around the world.", "Example publishes around 700 reports a day from more than 100 news
# organizations"): a name, a verb of publishing and what it publishes, in one sentence.
SITE_SELF_DESCRIPTION = re.compile(
    r"^(?:The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} (?:provides|publishes|brings you|delivers|offers|aggregates)"
    r" (?:[\w,'’-]+ ){0,8}?(?:news|reports|stories|information|coverage|content)\b"
    # (STATION_LICENCE: a public station's note on itself, "WXYZ is a public media service licensed to Example State
    # University and operated by Example Public Media")
    r"|^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3} is an? (?:public|non-?profit|community|listener-supported) "
    r"(?:[\w-]+ ){0,3}?(?:service|station|network|organi[sz]ation) (?:licensed to|owned by|operated by)\b"
)
MAX_SELF_DESCRIPTION_WORDS = 60


def site_self_description(text: str, key: str) -> bool:
    return short_line_matches(SITE_SELF_DESCRIPTION, text, MAX_SELF_DESCRIPTION_WORDS)


# REPOST_NOTICE: a reposting site's notice about the copy ("Click this link for the original source of this article.",
# "This content is courtesy of, and owned and copyrighted by, https://... and its author.").
REPOST_NOTICE = re.compile(
    r"\boriginal source of this (?:article|story|post|content)\b|^this content is courtesy of\b|\bowned and copyrighted by\b",
    re.I,
)
MAX_REPOST_NOTICE_WORDS = 60


def repost_notice(text: str, key: str) -> bool:
    found = REPOST_NOTICE.search(text)
    # (the notice's own opening, "This content is courtesy of ...", may run on for a paragraph of terms)
    return found is not None and (found.start() == 0 or spaced_words(text) <= MAX_REPOST_NOTICE_WORDS)


# READ_ON_SITE: a link to the same story on another site ("Читать на tass.ru", "Read on example.com", "Vezi mai multe
# articole din categoria externe"): a "read on"/"see more" lead and a site's address or a category.
READ_ON_SITE = re.compile(
    r"^(?:читать на|read (?:it |this |more )?on|lire sur|leer en|weiterlesen auf|leggi su)\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}/?$"
    r"|^(?:vezi mai multe|vedi altri|ver más|voir plus d['’]|mehr)\s+(?:articole|articoli|artículos|articles|artikel)\b",
    re.I,
)
MAX_READ_ON_SITE_WORDS = 10


def read_on_site(text: str, key: str) -> bool:
    return short_line_matches(READ_ON_SITE, text, MAX_READ_ON_SITE_WORDS)


# NOTIFICATION_PROMPT: the browser-notification box ("Example.com would like to send you notifications for breaking news
# alerts.", "Allow notifications?"): notifications offered to the reader, on a short line.
NOTIFICATION_PROMPT = re.compile(
    r"\bwould like to send you (?:push )?notifications\b|^(?:allow|enable|activate|turn on) (?:push |web )?notifications\b", re.I
)
MAX_NOTIFICATION_WORDS = 20


def notification_prompt(text: str, key: str) -> bool:
    return short_line_holds(NOTIFICATION_PROMPT, text, MAX_NOTIFICATION_WORDS)


# CONSENT_NOTICE: a consent box for an embedded service in German, French or Spanish ("Wir benötigen Ihre Zustimmung, um
# X anzuzeigen", "Durch Klick auf „Akzeptieren“ geben Sie Ihre Einwilligung ...", "Unter Umständen sammelt X
# personenbezogene Daten"): a consent word with a display, accept or personal-data word.
CONSENT_NOTICE = re.compile(
    r"\b(?:zustimmung|einwilligung|consentement|consentimiento)\b.{0,120}?\b(?:anzuzeigen|akzeptieren|datenübermittlung|"
    r"afficher|accepter|mostrar|aceptar)\b|\bpersonenbezogene daten\b.{0,80}?\b(?:sammelt|verarbeitet|erhebt)\b|"
    r"\b(?:sammelt|verarbeitet|erhebt)\b.{0,80}?\bpersonenbezogene daten\b"
    # SIGN_UP_TERMS: a sign-up form's terms in English ("By subscribing, you agree to Example's terms of service",
    # "By providing your information, you agree to our Terms of Use", "By clicking Sign Up, you acknowledge ...")
    r"|^by (?:subscribing|signing up|registering|continuing|submitting (?:this form|your [\w-]+(?: address)?)|"
    r"providing your (?:[\w-]+ ){0,2}(?:information|details|e-?mail(?: address)?)|entering your e-?mail(?: address)?|"
    r"clicking [^,]{1,40}?),? you (?:agree|acknowledge|consent|accept|confirm)\b",
    re.I,
)
MAX_CONSENT_WORDS = 60


def consent_notice(text: str, key: str) -> bool:
    return short_line_holds(CONSENT_NOTICE, text, MAX_CONSENT_WORDS)


# HTML_TAG_LINE: a page's markup printed as text ("<img height="1" width="1" src="https://...">", "<noscript>"): a line
# that is one tag, opening with a tag's name.
# MEDIA_ELEMENT_LINE: or one link or picture element with its content ("<image>data:image/s3,"s3://crabby-images/5e3a9/5e3a96dd0fde70d627a65ff94c5fe9c45c2dee31" alt="..."</image>", "<a
# href="https://...">A caption</a>"), or an ad's script tag with its end ("<SCRIPT SRC="//ads.example/ttj?id=1"
# TYPE="text/javascript"></SCRIPT>"): a paragraph's markup (<p>, <b>) is not taken for it.
HTML_TAG_LINE = re.compile(
    r"^<\s?/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,500})?/?>$"
    r"|^<(?P<tag>a|image|img|figure|figcaption|iframe|video|picture|embed|script|noscript|ins)\b[^<>]{0,2000}>[^<]{0,500}</(?P=tag)>$",
    re.I,
)


# FOOTER_LINKS: the footer's row of links, its parts a bar or a bullet apart, two of them the site's legal or contact
# pages ("Terms of use | Privacy Policy | Content: Creative Commons | Site and Design © 2009"), however long the row.
FOOTER_LINK_NAMES = frozenset(
    " ".join(name.split())
    for name in """privacy policy|privacy|terms of use|terms of service|terms and conditions|terms|cookie policy|cookies|
    contact us|contact|about us|sitemap|site map|imprint|impressum|datenschutz|datenschutzerklärung|nutzungsbedingungen|
    mentions légales|politique de confidentialité|conditions générales|aviso legal|política de privacidad|
    política de cookies|política de privacidade|termos de uso|privacy e cookie|note legali|polityka prywatności|regulamin|
    ochrana osobních údajů|advertise|advertise with us|careers|accessibility""".split("|")
)
FOOTER_LINK_SPLIT = re.compile(r"(?<!\s)\s++[|·•]\s++")
MIN_FOOTER_LINKS = 2


def footer_links(text: str, key: str) -> bool:
    if "|" not in text and "·" not in text and "•" not in text:
        return False
    parts = [key_of(part) for part in FOOTER_LINK_SPLIT.split(text)]
    return len(parts) >= 3 and sum(1 for part in parts if part in FOOTER_LINK_NAMES) >= MIN_FOOTER_LINKS


# CALENDAR_WIDGET: a month's calendar printed as text: the weekdays' initials in a row ("M T W T F S S", "Mo Tu We Th
# Fr Sa Su", "L M M J V S D"), and each week's day numbers run together ("45678910", "11121314151617").
# (ANY_SCRIPT_INITIALS: the initials in any Latin or Cyrillic capital, "Pn Wt Śr Cz Pt So Nd", or seven single letters
# in small letters, "p w ś c p s n"; Latin or Cyrillic letters: Korean words are uncased, and short)
_INITIAL = r"(?=[A-Za-zÀ-ɏЀ-ӿ])[^\W\d_]"
_WEEKDAY = rf"(?![a-zß-ÿа-яё]){_INITIAL}[^\W\d_]{{0,2}}"
WEEKDAY_INITIALS = re.compile(rf"^(?:{_WEEKDAY} ){{6}}{_WEEKDAY}$|^(?:{_INITIAL} ){{6}}{_INITIAL}$")
MIN_CALENDAR_DAYS = 3
# (ABBREVIATED_WEEKDAYS: the weekdays cut short with their full stops, in small letters or capitals, "niedz. pon. wt.
# śr. czw. pt. sob.", "Mon. Tue. Wed. ...": seven abbreviations of up to five letters, each with its stop)
ABBREVIATED_WEEKDAYS = re.compile(r"^(?:[^\W\d_]{1,5}\. ){6}[^\W\d_]{1,5}\.$")
# (SPACED_WEEK: a week's day numbers one space apart, "2 3 4 5 6 7 8", "26 27 28 29 30 31 1": seven days in a row, the
# month's end turning to its 1st; a table's row of figures does not count on so)
SPACED_DAY_NUMBERS = re.compile(r"^\d{1,2}(?: \d{1,2}){6}$")


def _spaced_week(text: str) -> bool:
    if not SPACED_DAY_NUMBERS.match(text):
        return False
    days = [int(part) for part in text.split()]
    return all(1 <= day <= 31 for day in days) and all(
        later == day + 1 or (later == 1 and day >= 28) for day, later in itertools.pairwise(days)
    )


def calendar_widget(text: str, key: str) -> bool:
    text = text.strip()
    if WEEKDAY_INITIALS.match(text) or ABBREVIATED_WEEKDAYS.match(text) or _spaced_week(text):
        return True
    if not text.isdigit() or not text.isascii():
        return False
    # the digits are consecutive day numbers from some day on, run together
    for width in (1, 2):
        printed, days = "", 0
        for day in range(int(text[:width]), 32):
            printed, days = printed + str(day), days + 1
            if len(printed) >= len(text):
                break
        if printed == text and days >= MIN_CALENDAR_DAYS and text[:1] != "0":
            return True
    return False


# (CALENDAR_MONTH: the month and year right above the weekdays' initials are the calendar's heading, no date line)
def calendar_months(cands: list[Candidate], date_alone: Callable[[str], object]) -> None:
    for cand, below in itertools.pairwise(c for c in cands if c.text.strip()):
        if not cand.forced and WEEKDAY_INITIALS.match(below.text.strip()) and date_alone(cand.text) is not None:
            cand.rule = NAV_LABEL


# MENU_LABELS_RUN_TOGETHER: a menu flattened with single spaces between its items ("What's New About Us Statements
# Quick Links"): MIN_RUN_TOGETHER_LABELS of a site's own page names, each several words long and in capitals, in one line
# that ends no sentence. An article names one such page, and in a sentence.
RUN_TOGETHER_LABELS = re.compile(
    r"(?<![\w'’])(?:About Us|Contact Us|Quick Links|What's New|What’s New|Site Map|Privacy Policy|Terms of Use|"
    r"Terms of Service|Our Team|Useful Links|Media Centre|Media Center|Press Releases|Photo Gallery|Video Gallery|"
    r"Latest News|Top Stories|Most Read|Sign In|Log In|Sign Up)(?![\w'’])"
)
MIN_RUN_TOGETHER_LABELS = 2


# (VIEW_ALL_LINKS: a box's links to all of its kind, run together, "View All Events View All Announcements", "See All
# News See All Videos": each "View All" and the kind in capitals, nothing else)
VIEW_ALL_LINKS = re.compile(r"^(?:(?:View|See|Show) (?i:all)(?: [A-Z][\w&'’-]*+){1,3}\s*+){2,4}$")


def menu_labels_run_together(text: str, key: str) -> bool:
    if VIEW_ALL_LINKS.match(text.strip()):
        return True  # VIEW_ALL_LINKS
    labels = {match.casefold() for match in RUN_TOGETHER_LABELS.findall(text)}
    return len(labels) >= MIN_RUN_TOGETHER_LABELS and not ends_sentence(text.strip())


# CONTACT_DETAIL: a contact's label and its telephone number or address alone on a line ("Tel: 613-761-3650", "Fax:
# ...", "Toll-Free: 1-888-...", "新闻热线 0571-85310961", "邮箱 tougao@example.com.cn"): the site's or the office's
# contact box. A sentence giving a number goes on with words.
_CONTACT_FIELD = (
    r"(?:phone|telephone|tel|tél|fax|toll[- ]free|mobile|cell|hotline|whatsapp|teléfono|telefone|téléphone|telefon|telefax|"
    r"телефон|тел|电话|電話|热线|熱線|新闻热线|新聞熱線|热线电话|传真|傳真|热线传真|邮箱|郵箱|电子邮箱|電子郵箱|联系我们|聯絡我們)"
    r"\.?\s*+[:：]?\s*+(?:\+?[\d(][\d\s()./-]{6,24}\d|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})"
)
CONTACT_DETAIL = re.compile(
    # (not "Email: jroe@example.com" under the headline: the writer's address, a credit line, CONTACT_ONLY)
    # (CONTACTS_IN_A_ROW: two or more such on one line, "Telefon: 030/227-567 89, Fax: 030/227-567 52", a number's parts
    # perhaps split by a slash; CONTACTS_SPACED: or by a space alone, an edition's label before them, "Edition
    # française: Tél: 68996274 Fax: 68326628")
    rf"^{_CONTACT_FIELD}(?:\s?[,;|·]\s?{_CONTACT_FIELD}){{0,3}}$"
    rf"|^(?:[^\W\d_][\w'’-]*+(?: [^\W\d_][\w'’-]*+){{0,2}}\s?:\s?)?{_CONTACT_FIELD}(?:\s{_CONTACT_FIELD}){{1,3}}$"
    # CONTACT_CALL: "Contact Example News at 734.487.3363 or email us at studio@example.org"
    r"|^contact (?:[\w.&'’-]++ ){1,4}at \+?[\d(][\d\s().-]{6,24}\d(?: or (?:e-?mail|write to)(?: us)? at [\w.+-]{1,64}@[\w.-]{3,80})?\.?$"
    # CITY_PHONES: an office's city and its international number, one or more between bars ("London: +44 (0)20 7946
    # 0000 | New York: +1 212 555 0100")
    r"|^[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,2}:\s?\+\d[\d\s().-]{6,24}\d(?:\s?\|\s?[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,2}:\s?\+\d[\d\s().-]{6,24}\d){0,4}$"
    # CONTACT_LABEL_ALONE: a contact box's label with its value on the next line or lost ("Telephone Number:", "Address:")
    r"|^(?:telephone|phone|fax|mobile|e-?mail|postal|street|mailing|office) (?:number|address)\s*:$|^(?:address|fax|e-?mail)\s*:$"
    # POST_BOX_LINE: a postal box alone ("P.O. Box 710", "PO Box 12, Harbour"), the footer's address
    r"|^(?:p\.?\s?o\.?\s?box|post office box)\s++\d{1,6}\b[^.!?]{0,40}$"
    # REGISTRATION_NUMBER: the company's register entry ("Registration Number: 05070218", "Company No. 1234567")
    r"|^(?:registration|registered|company|reg\.?) (?:number|no\.?)\s*+[:.]?\s*+[A-Z]{0,2}\d{5,12}$",
    re.I,
)
# PHONE_NUMBERS_ALONE: a line of telephone numbers and nothing else ("(216) 916-6100 | (877) 399-3307", "806-872-2177",
# "+359 2 9336 661"): the contact box's. Seven to fifteen figures each, grouped by spaces, dashes, dots or brackets;
# a date ("2019-10-12") or a plain count has no such groups (_phone_number).
PHONE_NUMBER = re.compile(r"\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{1,4}\)?){1,5}")
PHONE_SEPARATOR = re.compile(r"(?<!\s)\s*+(?:[|/,;]|\bor\b)\s*+")  # ((?<!\s): each run of spaces tried once)


def _phone_numbers_alone(text: str) -> bool:
    parts = [p for p in PHONE_SEPARATOR.split(text.strip()) if p]
    return (
        bool(parts)
        and all(
            PHONE_NUMBER.fullmatch(p) is not None and 7 <= sum(ch.isdigit() for ch in p) <= 15 and p.count(".") < 2 for p in parts
        )
        and parse_date(text.strip()) is None
        # (DATE_THEN_COUNTS: "2025-03-04 151 0", a date and its views and comments, opens with a year's date)
        and not any(YEAR_FIRST_DATE.match(p) for p in parts)
    )


YEAR_FIRST_DATE = re.compile(r"(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\b")


# POSTAL_ADDRESS: a street address alone on a line ("123 Harbour Street, Exampleton, EX 12345", "4500 Example Blvd.,
# Suite 200, Harbour City, CA 90210"): the office's contact box or a station's footer. The number, one to four
# capitalised words ending in a street's word, then one to three parts after commas, perhaps a state and postcode; a
# sentence naming an address goes on with lower-case words.
# KOREAN_VIDEO_CREDIT: a broadcast report's video credits, "영상취재 : Jane Roe" (filmed by), "영상편집 : ..." (edited by).
KOREAN_VIDEO_CREDIT = re.compile(r"^영상(?:취재|편집|촬영|제공|그래픽)\s?[:：]\s?[가-힣]{2,4}(?:\s[가-힣]{2,4})?$")
POSTAL_ADDRESS = re.compile(
    r"^\d{1,5}[A-Za-z]?+ (?:[A-Z][\w.'’-]*+ ){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|Highway|Hwy|Parkway"
    r"|Pkwy|Terrace)\.?+"
    r"(?:,? (?:Suite|Ste\.?|Unit|Floor|Fl\.?) [\w-]{1,6})?+"
    r"(?:, [A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,3}){0,3}"
    r"(?:,? [A-Z]{2} \d{5}(?:-\d{4})?+|,? \d{5}|,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})?+$"
    # (ADDRESS_OVER_TWO_LINES: the street alone, "137 Example St.", and the town, state and ZIP code alone on the next,
    # "Center TX 75935")
    r"|^[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){0,3},? [A-Z]{2} \d{5}(?:-\d{4})?+$"
)


# CONTACT_DETAILS: a press office's contact line, a name or a label with a telephone number and an e-mail address and
# nothing else ("Police Media — (02) 5555 0100, media@example.gov"); an appeal asks ("call 101 or email ...": words in
# small letters) and stays.
CONTACT_PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d ()./-]{6,18}\d(?!\w)")
CONTACT_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
MAX_CONTACT_NAME_WORDS = 5


# MEDIA_ENQUIRIES_TO: a release's sentence saying where the press may call ("Media enquiries to the Example Press Office
# on 028 9052 0505. Out of office hours please contact ..."), its number or address in it: the release's furniture.
MEDIA_ENQUIRIES_TO = re.compile(r"^(?i:media|press) (?i:enquiries|inquiries) (?i:to|should be (?:directed|addressed|sent) to)\b")


def media_enquiries_to(text: str, key: str) -> bool:
    return bool(MEDIA_ENQUIRIES_TO.match(text.strip())) and bool(CONTACT_PHONE.search(text) or CONTACT_EMAIL.search(text))


# NEWSROOM_CONTACT_BOX: the site's box of ways to reach its newsroom, a line each ("Talk to us", "> Give us your news
# tips.", "> Send us a letter to the editor.", "> More Example contact information."): the box's links, alone on their
# lines. "Send us your photos of the flood" goes on as the article's appeal.
NEWSROOM_CONTACT = re.compile(
    r"^(?:>\s?)?(?i:give us your news tips?|send us (?:a|your) (?:news tip|letter to the editor)|submit a news tip|"
    r"got a news tip\??|more (?:[A-Z][\w&'’.-]*+ ){0,3}contact information|talk to us|"
    # (FEEDBACK_TIP_OR_ERROR: "Give us feedback, share a story tip or update, or report an error.")
    r"give us feedback, share a story tip(?: or update)?,? (?:or|and) report an error)\.?$"
    # (CONTACT_THE_SITE_WITH_TIPS: "Contact Example News with your story tips:", "Connect with the Example Newsroom:")
    r"|^(?i:contact) [A-Z][\w&'’.-]*+(?: [A-Z][\w&'’.-]*+){0,3} (?i:with your (?:story |news )?tips):?$"
    r"|^(?i:connect with the) [A-Z][\w&'’.-]*+(?: [A-Z][\w&'’.-]*+){0,3} (?i:newsroom):?$"
)


# WRITER_CONTACT: the writer's address under the article ("Contact the author at jane@example.com", "Email Jane Roe at
# jane@example.com", "Jane Roe can be reached at jane@example.com or on Twitter @janeroe", "... Reach her at
# jane@example.com."): a way to write to the writer, no sentence of the story; an e-mail address must be on the line.
WRITER_CONTACT = re.compile(
    r"^(?i:contact|email|e-mail|reach|write to) (?:(?i:the) (?i:author|writer|reporter)s?|[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2})"
    r" (?i:at|via|on)\b"
    r"|^[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,2} (?i:can|may) be (?i:reached|contacted|emailed) (?i:at|by|via)\b"
    r"|(?:^|[.!]\s)(?i:reach|contact|email) (?i:him|her|them|the author|the writer) (?i:at|via)\b"
)
MAX_WRITER_CONTACT_WORDS = 40
# WRITER_CONTACT_NAMED: ... the same line naming the writer before the address, with "at" or a colon ("Contact Jane Roe:
# JRoe@example.com. Follow her on Twitter: @JaneRoe."): archive.extract reads the name as the writer where no credit
# line names one (WRITER_FROM_THE_CONTACT_LINE)
WRITER_CONTACT_NAMED = re.compile(
    r"^(?:Contact|Reach|Email) (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2})(?: at)?\s?[:,]?\s?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


# FOREIGN_COMMENT_AND_LOGIN_BOX: a comment form's or a login box's words in the archive's languages ("Asegúrate de
# llenar la información requerida marcada con (*). No está permitido el Código HTML.", "Для того щоб залишити коментар
# необхідно ...", "Vos codes d'accès sont erronés ... Mot de passe oublié ?", "¿Olvidaste tu contraseña?"): no sentence
# of a story says them. At most MAX_BOX_WORDS words.
FOREIGN_COMMENT_AND_LOGIN_BOX = re.compile(
    r"\bno está permitido el código html\b|^asegúrate de llenar la información requerida\b|"
    r"\btu (?:dirección de )?correo electrónico no será publicad[oa]\b|"
    r"^(?:для того,? )?(?:щоб залишити коментар|чтобы оставить комментарий)\b|"
    rf"\bvos codes d['’]accès sont erronés\b|(?<!\w)(?:{FORGOT_PASSWORD})\s?\?",
    re.I,
)
MAX_BOX_WORDS = 40


def comment_and_login_box(text: str, key: str) -> bool:
    return short_line_holds(FOREIGN_COMMENT_AND_LOGIN_BOX, text, MAX_BOX_WORDS)


def newsroom_contact(text: str, key: str) -> bool:
    if "@" in text and spaced_words(text) <= MAX_WRITER_CONTACT_WORDS and WRITER_CONTACT.search(text.strip()):
        return CONTACT_EMAIL.search(text) is not None
    return bool(NEWSROOM_CONTACT.match(text.strip()))


def _phone_and_email(text: str) -> bool:
    if "@" not in text or not CONTACT_EMAIL.search(text) or not CONTACT_PHONE.search(text):
        return False
    rest = CONTACT_PHONE.sub(" ", CONTACT_EMAIL.sub(" ", text))
    words = [w for w in re.split(r"[\s,;:|—–-]+", rest) if w.strip("().")]
    return len(words) <= MAX_CONTACT_NAME_WORDS and all(w[:1].isupper() for w in words)


def contact_detail(text: str, key: str) -> bool:
    stripped = text.strip()
    return bool(
        CONTACT_DETAIL.match(stripped)
        or POSTAL_ADDRESS.match(stripped)
        or KOREAN_VIDEO_CREDIT.match(stripped)
        or _phone_and_email(text)
        or _phone_numbers_alone(text)
    )


# LOCAL_TIME_LABEL: a town's clock label in the header ("Kabul Local Time", "Local time:"): the site's clock, not the
# article's; the date lines beside it go as SITE_CLOCK's do.
LOCAL_TIME_LABEL = re.compile(r"^(?:[A-Z][\w'’.-]*+ ){0,3}(?i:local time)\s*+:?$")


def local_time_label(text: str, key: str) -> bool:
    return bool(LOCAL_TIME_LABEL.match(text.strip()))


# SERVER_PATH_LEAK: a web server's file path printed by a broken plugin ("- Tweet /home/clients/0a1b/site/wp-content/plugins/
# social-buttons/...php"): a home or web root folder, then the site's content folder
SERVER_PATH = re.compile(
    r"(?:^|\s)/(?:home|var/www|srv|usr/share/nginx)/\S{0,120}?/(?:wp-content|wp-includes|public_html|htdocs)/"
)


def server_path(text: str, key: str) -> bool:
    return bool(SERVER_PATH.search(text))


def html_tag_line(text: str, key: str) -> bool:
    return bool(HTML_TAG_LINE.match(text.strip()))


# NUMBERS_ONLY: a row of counters ("24,463 1,293 0": views, replies, likes): numbers and nothing else.
NUMBERS_ONLY = re.compile(r"^\d{1,3}(?:[,.]\d{3})*(?: \d{1,3}(?:[,.]\d{3})*){1,5}$")


def numbers_only(text: str, key: str) -> bool:
    return bool(NUMBERS_ONLY.match(text.strip()))


# REGISTRATION_WALL: the sign-up box ("Register today and start", "enjoying 30 days of unlimited content.", "Get started!
# Register now"): a call to register, or unlimited content offered.
# (ACCOUNT_PROMPT: the reader's account box, "Create an account or log in to save stories.", "It looks like you aren't
# logged in.", "Thanks for liking this story! We have added it to a list of your favorite stories.")
REGISTRATION_WALL = re.compile(
    r"\bregister (?:now|today)\b|\b\d+ days of unlimited (?:content|access|reading)\b|^get started!?$"
    r"|\blog ?in to save (?:stories|articles)\b|\byou aren[’']t logged in\b|\blog ?in and view your\b"
    r"|^thanks for liking this (?:story|article)\b"
    # (FREE_ACCOUNT_TO_CONTINUE: "Create a free Example.net account to continue reading")
    r"|^create an? (?:free )?(?:\S+ ){0,3}account to (?:continue|keep reading|read)\b"
    # (REGISTER_FOR_FREE: "Register for free to read more of the latest local news.")
    r"|^register (?:for )?free to (?:read|continue|keep reading|access)\b",
    re.I,
)
MAX_REGISTRATION_WORDS = 12


def registration_wall(text: str, key: str) -> bool:
    return short_line_holds(REGISTRATION_WALL, text, MAX_REGISTRATION_WORDS)


# STORY_CONTINUES: the ad or video slot's notice, whatever stands below ("STORY CONTINUES BELOW THESE EXAMPLE VIDEOS",
# "Story continues below advertisement", "Article continues after this advertisement"): a short line opening so. "The story continues below the surface" goes on.
STORY_CONTINUES = re.compile(
    r"^(?:the )?(?:story|article) continues (?:below|after) (?:this |these |the )?(?:\w+ ){0,2}(?:videos?|ads?|advertisements?|advert|"
    r"galler(?:y|ies)|slideshows?|photos?)\W?$"  # (GALLERY_SLOT: "Story continues after gallery.")
    # (SLAVIC_STORY_CONTINUES: "Článok pokračuje pod video reklamou", "Článek pokračuje pod reklamou")
    r"|^(?:článok|článek|artykuł|tekst) (?:pokračuje|pokračuje ďalej|kontynuowany jest|ciąg dalszy) pod (?:video ?)?(?:reklamou|reklamą)$"
    # (BRACKETED_CONTINUES: the notice in its brackets, whatever it names, "(The article continues below - Commercial
    # information)": a sentence of the text has no brackets around it)
    r"|^\((?:the )?(?:story|article|text) continues (?:below|after)\b[^()]{0,40}\)$"
    r"|^stories continue below$",
    re.I,
)


def story_continues(text: str, key: str) -> bool:
    return bool(STORY_CONTINUES.match(text.strip()))


# WATCH_ELSEWHERE: a video player's link out ("Watch on YouTube: \"Example title\"", "Watch on Vimeo").
WATCH_ELSEWHERE = re.compile(r"^watch (?:it |this |the video )?on (?:youtube|vimeo|facebook|dailymotion|rumble)\b", re.I)
MAX_WATCH_ELSEWHERE_WORDS = 30


def watch_elsewhere(text: str, key: str) -> bool:
    return short_line_matches(WATCH_ELSEWHERE, text, MAX_WATCH_ELSEWHERE_WORDS)


# DECK_WITH_ITS_WRITER: a sentence, then the writer's name and "reports" or "writes" ("It has been a tough year for
# shops. Jane Roe reports", "..., writes Jane Roe"): a British paper's standfirst under the headline, never one.
DECK_WITH_ITS_WRITER = re.compile(
    r"[.!?]\s+(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})\s(?:reports|writes|explains|investigates)\.?$"
    r"|[.!?,]\s+writes\s(?P<name2>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})\.?$"
)


# EMBEDDED_POST_FRAME: the frame an embedded post prints round its text ("View this post on Instagram", "A post shared
# by Example League (@exampleleague) on Oct 24, 2018 at 9:45am PDT") and an image's placeholder ("Post Featured
# Image"): the embed's, never the article's words. The account's handle in brackets, or the line alone, says so: "A
# photo shared by the ministry shows ..." goes on as a sentence.
EMBEDDED_POST_FRAME = re.compile(
    r"^(?i:view this (?:post|photo|video|reel) on (?:instagram|facebook|tiktok|threads|x|twitter)"
    r"|a (?:post|photo|video|reel) shared by [^()\n]{1,80}\(@[\w.]{1,40}\)(?: on [^\n]{1,60})?"
    r"|a (?:post|photo|video|reel) shared by @[\w.]{1,40}|(?:post )?featured image)$"
    # EMBEDDED_TWEET: an embedded tweet's signature, the account's name, its handle and the day ("— Jane Roe (@janeroe)
    # February 1, 2021"), alone or after the tweet's text and its picture's short link ("... pic.twitter.com/AbC123 —
    # Example Office (@example) June 16, 2025")
    r"|^(?:.*\bpic\.twitter\.com/\w+\s)?[—–-]\s?[^()\n]{1,60}\(@\w{1,30}\) [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$"
    # (the day in another language's order and words, "— Example (@example) 12 de abril de 2018", "12. April 2018")
    r"|^[—–-]\s?[^()\n]{1,60}\(@\w{1,30}\) \d{1,2}\.?(?: de)? [^\W\d_]{3,12}\.?(?: de)? \d{4}$"
)


# TWEET_TEXT_STAYS: an embedded tweet's own text run onto its signature is the story's when it says something at length
# (MIN_TWEET_TEXT_WORDS words or more before the picture's link: a quoted reaction, an official's announcement): the
# line stays, signature and all; a short call with the link ("Find out more with Jane 👇 pic.twitter.com/...") goes.
TWEET_PICTURE_LINK = re.compile(r"\bpic\.twitter\.com/\w+")
MIN_TWEET_TEXT_WORDS = 8


def embedded_post_frame(text: str, key: str) -> bool:
    text = text.strip()
    if not EMBEDDED_POST_FRAME.match(text):
        return False
    link = TWEET_PICTURE_LINK.search(text)
    return link is None or len(text[: link.start()].split()) < MIN_TWEET_TEXT_WORDS


# EMBEDDED_POST_CREDIT: an embedded social post's credit as its fallback text prints it, "Posted by Example Grill on
# Wednesday, August 28, 2024", between the article's paragraphs (MIN_PROSE_AROUND_AN_EMBED long sentences above and
# below): the post's account and day, not the page's writer and date. A blog's own "Posted by" stands under its title
# or after its last paragraph.
EMBEDDED_POST_CREDIT = re.compile(
    r"^Posted by [^\n]{2,60} on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), [A-Z][a-z]{2,8} \d{1,2}, \d{4}$"
)
MIN_PROSE_AROUND_AN_EMBED = 2


def embedded_post_credits(cands: list[Candidate]) -> None:
    kept = [c for c in cands if not c.dropped]

    def prose(part: list[Candidate]) -> int:
        return sum(1 for c in part if c.words >= PROSE_MIN_WORDS and ends_sentence(c.text))

    for at, cand in enumerate(kept):
        if cand.forced or not EMBEDDED_POST_CREDIT.match(cand.text.strip()):
            continue
        if prose(kept[:at]) >= MIN_PROSE_AROUND_AN_EMBED and prose(kept[at + 1 :]) >= MIN_PROSE_AROUND_AN_EMBED:
            cand.rule = VIDEO_WIDGET


# REPRODUCTION_FORBIDDEN: the site's notice forbidding the copying of its content, as a line's opening, in English,
# Spanish, Portuguese, Italian, French and German ("Queda prohibida la reproducción, distribución ... total o parcial,
# de los contenidos de esta web", "No part of this article may be reproduced"): a footer's, never the article's; a
# sentence about a ban goes on otherwise ("Reproduction of the painting was forbidden until 1990" opens with no verb).
REPRODUCTION_FORBIDDEN = re.compile(
    r"^(?i:queda (?:totalmente )?prohibida (?:la|su) reproducción|se prohíbe (?:la|su) reproducción|prohibida (?:la|su) reproducción"
    r"|(?:é|fica) (?:expressamente )?proibida a (?:reprodução|cópia)|è (?:severamente )?vietata la riproduzione"
    r"|toute reproduction(?:,? (?:même partielle|totale ou partielle))?,? (?:est )?(?:interdite|strictement interdite)"
    r"|nachdruck (?:nur mit|verboten)|no part of this (?:publication|article|website|site|material|content) may be (?:reproduced|copied)"
    # (ARCHIVE_USE_NOTICE: a wire's archive page, "This archived news story is available only for your personal,
    # non-commercial use")
    r"|this archived (?:news )?(?:story|article) is available only for your personal"
    # (CONTENT_HEREIN_NOTICE: "The content herein, unless otherwise known to be public domain, are Copyright ...")
    r"|the (?:content|contents|material) herein\b)\b"
)


def reproduction_forbidden(text: str, key: str) -> bool:
    return bool(REPRODUCTION_FORBIDDEN.match(text.strip()))


# BAR_DASH_CREDIT: a caption whose credit follows a bar and a dash ("Prime Minister on a two-day visit | - X/@Example",
# "... visit | - PTI"): a picture's caption and its source, one to three words or a handle after the dash.
BAR_DASH_CREDIT = re.compile(r"(?<=\S)\s\|\s[-–]\s(?:X/@[\w.]{1,30}|@[\w.]{1,30}|[A-Z][\w.&/-]*+(?: [A-Z][\w.&/-]*+){0,2})$")
MAX_BAR_DASH_CAPTION_WORDS = 40


def bar_dash_credit(text: str, key: str) -> bool:
    return short_line_holds(BAR_DASH_CREDIT, text, MAX_BAR_DASH_CAPTION_WORDS)


# APPEAL_FOR_SUPPORT: the site's appeal to its readers to pay for its journalism ("Good journalism costs a lot of
# money. ... we ask you to consider making a modest support", "By contributing to EXAMPLE TIMES, you are helping to
# sustain a journalism of relevance", "Support EXAMPLE TIMES' journalism of integrity"): it speaks of journalism, and
# asks the reader ("you", "your") for support, a contribution or a donation. A report on a paper's appeal speaks of
# its readers, not to them.
# (FUND_OUR_WORK: "From just £1 a month you can help fund our work": the appeal without the journalism's word)
# (FOREIGN_APPEAL: the same appeal in the archive's languages, "Unterstützen Sie unabhängigen Journalismus mit einer
# kleinen Spende.", "Soutenez un journalisme indépendant en faisant un don.", "Apoya el periodismo independiente")
APPEAL_JOURNALISM = re.compile(
    r"\b(?i:journalism|reporting|newsroom|fund our work|journalismus|journalisme|periodismo|jornalismo|giornalismo|"
    r"journalistiek|dziennikarstw\w*|журналистик\w*|gazetecilik\w*|jurnalism\w*|újságírás\w*|δημοσιογραφία)\b"
)
APPEAL_ASK = re.compile(
    r"\b(?i:support|supporting|contribut\w*|donat\w*|chip in|subscrib\w*|help fund|unterstützen|spende\w*|soutenez|"
    r"soutenir|un don|apoya|apoye|donación|apoie|doação|sostieni|sostenere|donazione|steun|doneer|wesprzyj|wsparci\w*|"
    r"поддержите|destekle\w*|susține\w*|támogass\w*|υποστηρίξτε)\b"
)
# (SUPPORT_KIND_OF_JOURNALISM: "Support quality, independent, local journalism", the call without "you"; and the call
# opening the line in the archive's languages)
APPEAL_READER = re.compile(
    r"\b(?i:you|your)\b|^(?i:support) [A-Z]|^(?i:support (?:quality|independent|local|trusted|our)\b)"
    r"|^(?i:unterstützen sie|soutenez|apoya|apoye|apoie|sostieni|steun|wesprzyj|поддержите|destekleyin|susține|susțineți|"
    r"támogassa|υποστηρίξτε)\b"
)
MAX_APPEAL_WORDS = 70


def appeal_for_support(text: str, key: str) -> bool:
    if spaced_words(text) > MAX_APPEAL_WORDS or not APPEAL_JOURNALISM.search(text):
        return False
    return bool(APPEAL_ASK.search(text) and APPEAL_READER.search(text))


# SPONSOR_LABEL: a sponsored item's label before its title ("Insight by Example Global: Federal practitioners ...",
# "Sponsored by Example: ...", "Brought to you by Example: ..."): the label, a capitalised name and a colon.
SPONSOR_LABEL = re.compile(r"^(?i:insight by|sponsored by|brought to you by|paid for by|in partnership with) [A-Z][^:]{1,40}: ")
MAX_SPONSOR_WORDS = 60


# GAMBLING_NOTICE: a betting box's legal notice ("18+ | Erlaubt (Whitelist) | Suchtrisiko | Hilfe unter example.de",
# "18+. Gamble responsibly. BeGambleAware.org"): the age, a bar, or the regulators' own words, on a short line.
GAMBLING_NOTICE = re.compile(
    r"^18\+\s?[|•·.]|\b(?i:suchtrisiko|gamble responsibly|begambleaware|juega con responsabilidad|gioca responsabilmente|"
    r"jouer comporte des risques)\b"
)
MAX_GAMBLING_NOTICE_WORDS = 25


def gambling_notice(text: str, key: str) -> bool:
    return spaced_words(text) <= MAX_GAMBLING_NOTICE_WORDS and bool(GAMBLING_NOTICE.search(text.strip()))


# SPONSOR_ALONE: the sponsor's label and its name alone on the line, capitalised ("Presented by Example Bank",
# "Supported by Example Trust", "This content is sponsored by Example Bank."): no sentence of a story is so bare.
SPONSOR_ALONE = re.compile(
    r"^(?i:presented by|supported by|sponsored by|in association with|brought to you by|"
    r"this (?:content|article|story|post) (?:is|was) (?:sponsored|paid for|supported|provided|produced) by|"
    # (PROVIDED_CONTENT: "Content by Example", "Content provided by Example", a partner's content under its name)
    r"content (?:provided |produced |created )?by) "
    r"(?:the )?[A-Z][\w&'’.-]*+(?: (?:[A-Z&][\w&'’.-]*+|of|and|for)){0,5}\.?$"
)


def sponsor_label(text: str, key: str) -> bool:
    if SPONSOR_ALONE.match(text.strip()):
        return True
    return spaced_words(text) <= MAX_SPONSOR_WORDS and bool(SPONSOR_LABEL.match(text))


# PLACE_TAG: a town and its state's two letters in capitals alone on a line ("PHOENIX, AZ", "SAINT JOSEPH, MO"): the
# location label of a story card, as aggregators print it under each teaser; a dateline goes on with its text.
PLACE_TAG = re.compile(r"^[A-Z][A-Z.'’-]*+(?: [A-Z][A-Z.'’-]*+){0,3}, [A-Z]{2}$")


def place_tag(text: str, key: str) -> bool:
    return bool(PLACE_TAG.match(text))


# Applied in order, first match wins. Cheap exact look-ups first. The flag says the rule can only match a short line
# (furniture of a few words), so a paragraph skips it: the cleaning of 10,000 articles must take seconds.
SHORT_LINE_WORDS = 14
LINE_RULES = (
    (NO_TEXT, no_text, True),
    (ADVERTISEMENT, advertisement, True),
    (ADVERTISEMENT, adblock_appeal, False),
    (ADVERTISEMENT, ad_space, True),
    (SHARE_BUTTON, share_button, True),
    (SHARE_BUTTON, share_item_via, False),
    (COMMENT_WIDGET, comment_widget, False),
    (ANALYTICS_FOOTER, analytics_footer, True),
    (NAV_LABEL, nav_label, True),
    (NAV_LABEL, toolbar_buttons, True),
    (NAV_LABEL, page_turn_row, False),
    (TODAY_BAR, name_day, True),
    (NAV_LABEL, writers_archive_link, True),
    (COMMENT_WIDGET, opinion_prompt, True),
    (CAPTION, gallery_photo_number, False),
    (END_MARKER, desk_initials_signoff, True),
    (COUNTER, views_after_the_date, False),
    (NAV_LABEL, page_machinery, True),
    (NAV_LABEL, breaking_update_notice, False),
    (NAV_LABEL, next_story_link, False),
    (NAV_LABEL, cjk_skip_link, True),
    (NAV_LABEL, site_notice, False),
    (NAV_LABEL, emoji_between_links, False),
    (VIDEO_WIDGET, embedded_post_frame, False),
    (NAV_LABEL, language_switch_end, False),
    (NAV_LABEL, ai_summary_notice, False),
    (NAV_LABEL, phrase_ticker, True),
    (CAPTION_CREDIT, barred_library_credit, False),  # (before the trail's bars read it)
    (BREADCRUMB, breadcrumb, False),  # (LONG_TRAIL: a trail of five sections may run past a short line's words)
    (SECTION_LABEL, section_label, True),
    (SECTION_LABEL, place_tag, True),
    (URL_LINE, url_line, True),
    (IMAGE_FILE, image_file, True),
    (IMAGE_FILE, image_with_its_size, True),
    (CAPTION, image_file_then_caption, False),
    (COUNTER, counter, True),
    (EPAPER_LINK, epaper_link, True),
    (READING_TIME, reading_time, True),
    (TIMESTAMP, timestamp, True),
    (CAPTION_CREDIT, library_copyright, True),
    (VIDEO_WIDGET, glued_duration, False),
    (SOCIAL_PROMO, audience_survey, False),
    (COUNTER, story_code, True),
    (SECTION_LABEL, cjk_page_mark, True),
    (SECTION_LABEL, bracketed_rubric, True),
    (ICON_TEXT, layout_spacer, True),
    (COPYRIGHT_FOOTER, copyright_footer, False),
    (COPYRIGHT_FOOTER, company_registration, False),
    (COPYRIGHT_FOOTER, reproduction_forbidden, False),
    (CAPTION, copyright_name_tail, False),  # (after the footer's rule: "All rights reserved © Example Observer")
    (PHOTO_SLUG, photo_slug, True),
    (CAPTION_CREDIT, caption_credit, True),
    (CAPTION, labelled_caption, False),
    (CAPTION, photographer_in_brackets, False),
    (SOURCE_CREDIT, source_credit, True),
    (SOURCE_CREDIT, republished_notice, False),
    (SOURCE_CREDIT, contributed_credit, False),
    (SOURCE_CREDIT, feed_footer, False),
    (TEASER, teaser, False),
    (TEASER, relative_time_glued, False),
    (READ_MORE, read_more, False),
    (READ_MORE, previous_or_next_glued, False),
    (CAPTION, caption, False),
    (CAPTION, caption_more, False),
    (CAPTION, caption_credit_tail, False),
    (CAPTION, picture_credit_shapes, False),
    (CAPTION, picture_box_marks, False),
    (CAPTION, bar_dash_credit, False),
    (CAPTION, cjk_caption_credit, False),
    (CAPTION, cjk_photographer_credit, False),
    (CAPTION_CREDIT, cjk_photographer_alone, True),
    (CAPTION, position_verb_caption, False),
    (CAPTION, posed_caption, False),
    (CAPTION, figure_caption, False),
    (CAPTION, position_named_caption, False),
    (CAPTION_CREDIT, pool_photo_credit, True),
    (CAPTION_CREDIT, agency_file_credit, True),
    (CAPTION_CREDIT, photographer_slash_agency, True),
    (CAPTION_CREDIT, photographer_by_his_role, True),
    (COMMENT_WIDGET, comment_form_prompt, False),
    (COMMENT_WIDGET, comment_login_prompt, False),
    (COMMENT_WIDGET, comment_and_login_box, False),
    (NAV_LABEL, cjk_widget_label, True),
    (NAV_LABEL, font_control, True),
    (PAYWALL, read_share_paywall, False),
    (SOCIAL_PROMO, newsletter_promo, False),
    (SOCIAL_PROMO, newsletter_label, False),
    (SOCIAL_PROMO, app_or_follow_promo, False),
    (SOCIAL_PROMO, messenger_channel, True),
    (MASTHEAD, masthead_slogan, True),
    (SOCIAL_PROMO, tip_call, False),
    (SOCIAL_PROMO, reader_call, False),
    (IMAGE_FILE, ad_banner_slug, True),
    (DISCLAIMER, site_self_description, False),
    (DISCLAIMER, repost_notice, False),
    (LINK_LINE, read_on_site, True),
    (SOCIAL_PROMO, notification_prompt, False),
    (COOKIE_NOTICE, consent_notice, False),
    (CODE_LINE, html_tag_line, False),
    (CODE_LINE, server_path, False),
    (COUNTER, numbers_only, True),
    (PAYWALL, registration_wall, True),
    (ADVERTISEMENT, story_continues, True),
    (VIDEO_WIDGET, watch_elsewhere, False),
    (ADVERTISEMENT, sponsor_label, False),
    (ADVERTISEMENT, gambling_notice, False),
    (TAG_CLOUD, tag_cloud, False),
    (COOKIE_NOTICE, cookie_notice, False),
    (NAV_LABEL, browser_advice, False),
    (PAYWALL, paywall, False),
    (PAYWALL, subscription_offer, False),
    (SOCIAL_PROMO, social_promo, False),
    (SOCIAL_PROMO, newsletter_call, True),
    (READ_MORE, link_here, True),
    (READ_MORE, full_article_elsewhere, True),
    (DISCLAIMER, disclaimer, False),
    (TICKER, ticker, False),
    (TICKER, currency_rates, True),
    (TICKER, bullet_ticker, False),
    (BREADCRUMB, you_are_here, False),  # (a long trail too: the label says what it is)
    (VIDEO_WIDGET, video_widget, False),
    (WIDGET_ERROR, widget_error, False),
    (WIDGET_ERROR, page_notice, False),
    (IMAGE_FILE, markdown_image, False),
    (ADVERTISEMENT, ad_label_icon, True),
    (LINK_LINE, link_line, True),
    (LINK_LINE, markdown_image_card, False),
    (WEATHER_WIDGET, weather_widget, True),
    (SHARE_BUTTON, share_link, True),
    (NAV_LABEL, menu_row, False),
    (NAV_LABEL, footer_links, False),
    (NAV_LABEL, menu_labels_run_together, False),
    (NAV_LABEL, calendar_widget, False),
    (NAV_LABEL, contact_detail, True),
    (NAV_LABEL, media_enquiries_to, False),
    (NAV_LABEL, newsroom_contact, False),
    (NAV_LABEL, local_time_label, True),
    (LINK_LINE, click_here, False),
    (SOCIAL_PROMO, channel_promo, False),
    (CAPTION_CREDIT, wire_via_credit, True),
    (COMMENT_WIDGET, comment_text, False),
    (TEASER, next_page, True),
    (DISCLAIMER, affiliate_disclosure, False),
    (SOCIAL_PROMO, site_promo, False),
    (SOCIAL_PROMO, bracketed_promo, False),
    (TAG_CLOUD, hashtags, False),
    (TAG_CLOUD, tag_page, True),
    (PAYWALL, unlock_promo, True),
    (ICON_TEXT, icon_text, False),
    (SECTION_LABEL, section_run, True),
    (NAV_LABEL, sections_in_capitals, False),
    (NAV_LABEL, label_run, True),
    (TEMPLATE_CODE, template_code, False),
    (TEMPLATE_CODE, lorem_ipsum, False),
    (SOCIAL_PROMO, appeal_for_support, False),  # (after TEMPLATE_CODE: an appeal with a placeholder is the template's)
    (END_MARKER, end_marker, True),
    (URL_LINE, url_slug, True),
    (ADVERTISEMENT, advertise, True),
    (REPEATED_LINE, glued_repeat, False),
    (CODE_LINE, code_line, False),
    (MASTHEAD, logo_line, True),
    (MASTHEAD, official_site_line, True),
    (MASTHEAD, edition_line, True),
    (MASTHEAD, site_name_after_slash, True),
    (MASTHEAD, founded_line, True),
    (NAV_LABEL, pagination, True),
    (CAPTION, photo_library_tail, False),
    (MENU_BAR, menu_bars, False),
    (MENU_BAR, cjk_menu_row, True),
    (CAPTION, position_caption, True),
    (RELATED_HEADLINE, line_glued_to_itself, True),  # last: a label printed twice is its own rule's first
)


# FILE_PICTURE_LABEL: a picture's label saying it is from the archive ("File", "File photo", "Foto de archivo"), alone.
FILE_PICTURE_LABELS = _words("""
    file
    file photo
    file image
    file picture
    archive photo
    archive image
    archivbild
    archivfoto
    foto de archivo
    imagen de archivo
    foto archivo
    photo d archives
    foto d archivio
    foto ilustrasi
    foto de arquivo
    фото из архива
    arşiv fotoğrafı
    صورة أرشيفية
    crédit photo
    photo for representation
    image for representation
    representational image
    representational photo
    representational picture
    representative image
    資料圖片
    资料图片
    资料图
    資料圖
    ілюстративне фото
    иллюстративное фото
""")
# The exact-label rules as one look-up, key -> rule name (the earlier rule wins where lists overlap).
EXACT_LABEL_RULES: dict[str, str] = {}
for _name, _labels in (
    (NAV_LABEL, NAV_LABELS),
    (ANALYTICS_FOOTER, ANALYTICS_LABELS),
    (COMMENT_WIDGET, COMMENT_LABELS),
    (ADVERTISEMENT, ADVERT_LABELS),
    (CAPTION_CREDIT, FILE_PICTURE_LABELS),
):
    EXACT_LABEL_RULES.update(dict.fromkeys(map(key_of, _labels), _name))
# CUT_NOTICE: a notice of the site's word for word but cut short by the copy, as a page's last line often is ("Don't
# Threaten. Threats of harming another person will"): the same notice, when at least MIN_CUT_NOTICE_WORDS of its words
# stand (fewer may open a sentence of the article's own)
MIN_CUT_NOTICE_WORDS = 6
# (CUT_MID_WORD: the copy may stop inside a word, "... degrading to anothe": the words before it, and the start of the
# notice's next word)
CUT_NOTICE_RULES: dict[str, str] = {}
CUT_NOTICE_NEXT_WORDS: dict[str, set[str]] = {}
for _key, _name in EXACT_LABEL_RULES.items():
    _key_words = _key.split()
    for _cut in range(MIN_CUT_NOTICE_WORDS, len(_key_words)):
        CUT_NOTICE_RULES.setdefault(" ".join(_key_words[:_cut]), _name)
        CUT_NOTICE_NEXT_WORDS.setdefault(" ".join(_key_words[:_cut]), set()).add(_key_words[_cut])


LONGEST_NOTICE_CHARS = max(map(len, CUT_NOTICE_RULES), default=0) + 40  # (a key drops punctuation: the text is longer)


def cut_notice(key: str) -> str | None:
    """CUT_NOTICE's rule for a key, cut after a word or inside one (CUT_MID_WORD)."""
    whole = CUT_NOTICE_RULES.get(key)
    if whole is not None:
        return whole
    head, _, part = key.rpartition(" ")
    if any(word.startswith(part) for word in CUT_NOTICE_NEXT_WORDS.get(head, ())):
        return CUT_NOTICE_RULES[head]
    return None


EXACT_LABEL_FUNCTIONS = frozenset((advertisement, analytics_footer, nav_label))  # comment_widget also counts ("12 Comments")
SHORT_RULES = tuple((name, rule) for name, rule, _ in LINE_RULES if rule not in EXACT_LABEL_FUNCTIONS)
LONG_RULES = tuple((name, rule) for name, rule, short_only in LINE_RULES if not short_only)


def said_once(text: str) -> str:
    """A line printed twice over on one line ("Advertisement Advertisement", "Example Desk Example Desk") read once;
    any other line as it is."""
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else text


@functools.lru_cache(maxsize=1 << 13)  # a site prints the same furniture on every page: its lines are read once
def line_rule(text: str) -> str | None:
    """The first line rule that drops this line, or None (a line's rule depends on its text alone)."""
    # (words, not spaces: a menu's or a trail's items stand apart with runs of spaces, "You are here:  Home  >  News")
    if len(text) < 200 and spaced_words(text) <= SHORT_LINE_WORDS:
        key = key_of(text)
        if not key:
            return NO_TEXT
        exact = EXACT_LABEL_RULES.get(key.replace(" ", "") if SPACED_CJK_LABEL.match(key) else key)
        once = said_once(key)
        if exact is None and once != key:
            # LABEL_TWICE: two slots' or two menus' labels on one line ("Advertisement Advertisement", "廣告 廣告")
            exact = EXACT_LABEL_RULES.get(once)
        if exact is None and key.count(" ") >= MIN_CUT_NOTICE_WORDS - 1:
            exact = cut_notice(key)  # CUT_NOTICE
        if exact == NAV_LABEL and _opens_a_quotation(text):
            exact = None  # QUOTE_OPENS_NO_LABEL
        if exact is not None and not share_button(text, key):
            return exact
        number, _, rest = key.partition(" ")
        if number.isdigit() and len(number) <= 2 and rest in NAV_LABELS:
            return NAV_LABEL  # NUMBERED_CONTROL: a page control as a list's numbered item ("1. No favourites yet!")
        label, _, slot = key.rpartition(" ")
        if slot.isdigit() and len(slot) <= 2 and EXACT_LABEL_RULES.get(label) == ADVERTISEMENT:
            return ADVERTISEMENT  # NUMBERED_AD_SLOT: "Advertisement 2", the slot's label and its number, as a chain's papers print it
        for name, rule in SHORT_RULES:
            if rule(text, key) and not (name in CALL_TO_ACTION_RULES and _reported_sentence(text)):  # (REPORTED_SENTENCE)
                return name
        return None
    if len(text) <= LONGEST_NOTICE_CHARS:
        cut = cut_notice(key_of(text))  # (CUT_NOTICE: a long notice cut short, "Be Nice. No racism, sexism or ... to anothe")
        if cut is not None:
            return cut
    for name, rule in LONG_RULES:
        if rule(text, "") and not (name in CALL_TO_ACTION_RULES and _reported_sentence(text)):  # (REPORTED_SENTENCE)
            return name
    return None


# REPORTED_SENTENCE: a sentence of MIN_REPORTED_WORDS words or more holding a reporting clause ("Subscribe to the idea,
# the minister said, and the rest will follow.", "Sign up for the programme opens on Friday, the board announced.") is
# the article's, whatever call to action it opens with: a page's button or promo reports no one's words.
REPORTING_CLAUSE = re.compile(
    r",\s(?:[\w'’.-]++\s){1,5}(?:said|says|say|told|announced|added|explained|warned|wrote|stated)\b"
    r"|\b(?:said|says|told|announced|added)\s(?:the|a|an|his|her|their|its|on|in|[A-Z])\b"
)
MIN_REPORTED_WORDS = 8
CALL_TO_ACTION_RULES = frozenset((SOCIAL_PROMO, LINK_LINE, READ_MORE, PAYWALL, NAV_LABEL))


def _reported_sentence(text: str) -> bool:
    return word_count(text) >= MIN_REPORTED_WORDS and ends_sentence(text) and bool(REPORTING_CLAUSE.search(text))


# --- Context rules: a line's neighbours decide ---------------------------------------------------------------------


# CJK_WORDS: Chinese and Japanese put no spaces between words, so a line of them would count as one or two words and
# every rule that weighs a line by its length would take a paragraph for a label. A run of their characters counts a
# word for every CJK_CHARS_PER_WORD characters (Chinese words are one to three characters, two on average); marks
# between the runs (，。) count as nothing. Text without these characters is counted by its spaces, as before.
CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")  # kana and the CJK ideographs
CJK_CHARS_PER_WORD = 2
# SPACELESS_SCRIPTS: Thai, Lao, Khmer and Burmese write no spaces between words either (a space ends a phrase); their
# words, vowel signs and tone marks written as characters of their own, are about five characters long.
SPACELESS_RUN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
SPACELESS_CHARS_PER_WORD = 5


def word_count(text: str) -> int:
    if text.isascii():
        return spaced_words(text)
    cjk = CJK_RUN.findall(text)
    spaceless = SPACELESS_RUN.findall(text)
    if not cjk and not spaceless:
        return spaced_words(text)
    rest = SPACELESS_RUN.sub(" ", CJK_RUN.sub(" ", text)) if spaceless else CJK_RUN.sub(" ", text)
    others = [w for w in rest.split() if any(ch.isalnum() for ch in w)]
    return (
        len(others)
        + sum(-(-len(run) // CJK_CHARS_PER_WORD) for run in cjk)
        + sum(-(-len(run) // SPACELESS_CHARS_PER_WORD) for run in spaceless)
    )


@dataclass
class Candidate:
    """One non-blank raw line while the cleaning decides about it."""

    number: int
    raw: str  # stripped raw line
    text: str  # without the list bullet
    bullet: bool
    rule: str | None = None
    forced: bool = False  # kept whatever the rules say: a contributor said keep, or a table's cell (DATA_TABLE_CELLS)
    words: int = 0  # number of words in text
    _key: str | None = None
    role: str | None = None
    notes: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.words = word_count(self.text)

    @property
    def dropped(self) -> bool:
        return self.rule is not None

    @property
    def key(self) -> str:
        if self._key is None:
            self._key = key_of(self.text)
        return self._key


# EMAIL_NOT_HEADLINE: a line holding an e-mail address ("... or email 1234@example.police.uk") is an appeal's or a
# contact's, never a headline's
EMAIL_ADDRESS = re.compile(r"[\w.+-]@[\w-]+\.[\w.-]")


def headline_shaped(text: str) -> bool:
    """Short and without a sentence's closing punctuation: a title, a sub-heading, or another story's headline."""
    words = text.split()
    if not 1 <= len(words) <= 20 or ("@" in text and EMAIL_ADDRESS.search(text)):
        return False
    body = text.rstrip(CLOSERS + " ")
    if not body or body[-1] in ".,;:" or body.endswith("…"):
        return False
    return text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"'“‘«"


# NUMBERED_ROW: a bulleted line opening with a number of one or two digits and a name ("• 1Slocombe", "• 14 Hawkridge",
# "• 3. Example Town 45"): a row of the article's line-up or table (a shirt number, a rank), not a menu's item; a
# year ("• 2024 Elections") has four digits.
NUMBERED_ROW = re.compile(r"^\d{1,2}(?!\d)\.?\s?[A-ZÀ-Þ]")


# LIST_RUNS_TO_THE_CUT: below the article's last sentence, a list of at least this many short bulleted items, with only
# short headings between them ("Signal No. 2" / "- Cagayan" / "- Isabela"), that runs to the page's end with no page
# furniture before or among it is the article's list, cut where the copy stops; a menu under the article comes after
# its furniture (share buttons, tags) or names the site's sections, which the line rules drop first.
MIN_CUT_LIST_ITEMS = 3
MAX_CUT_LIST_HEADING_WORDS = 4


def _list_runs_to_the_cut(tail: list[Candidate]) -> bool:
    items = [c for c in tail if c.bullet]
    return len(items) >= MIN_CUT_LIST_ITEMS and all(
        not c.dropped and (c.bullet or c.words <= MAX_CUT_LIST_HEADING_WORDS) and not ends_sentence(c.text) for c in tail
    )


# RESULTS_LIST: a bulleted list whose items are mostly results ("- HPK–HIFK 0–4", "- Lukko–Ässät 3–5", "- Tappara–TPS"
# still to play) is the article's round of results, not a menu, wherever it stands. A score is two numbers of one or two
# digits around a dash (not a date's "2023-03-22", not a time's "07:11").
RESULT_SCORE = re.compile(r"(?<![\d\-–])\d{1,2} ?[-–] ?\d{1,2}(?![\d\-–])")


def _results_lists(cands: list[Candidate]) -> set[int]:
    """The places of bulleted items in runs where at least half the items hold a score (RESULTS_LIST)."""
    results: set[int] = set()
    run: list[int] = []
    for i, cand in enumerate([*cands, None]):
        if cand is not None and (cand.dropped or cand.bullet):  # (dropped lines between items break no run)
            if cand.bullet:
                run.append(i)
            continue
        if len(run) >= 2 and 2 * sum(bool(RESULT_SCORE.search(cands[j].text)) for j in run) >= len(run):
            results.update(run)
        run = []
    return results


# DASHED_CROSSHEAD: a wire's subheading printed between dashes ("- 'Chaotic world' -"): its opening dash reads as a
# bullet, its closing one does not, and no menu item ends on a dash
DASHED_CROSSHEAD = re.compile(r"\S\s[-–]$")
MIN_CUT_LAST_PARAGRAPH_WORDS = 25  # PARAGRAPH_CUT_AT_THE_END (in nav_bullet_runs): no menu item is so long
# FIELD_AND_VALUE_ITEM: an item naming a field and its value after a colon ("• Earnings per share: $16.40", "• Quarter
# ended: Sept. 30") is a fact of the article's list; a menu's item is a link's words, no field.
FIELD_AND_VALUE_ITEM = re.compile(r"^[•·▪◦‣*-]?\s*+[^\W\d_][^:]{0,40}?(?<!\s):\s++\S")


# POINT_AMONG_POINTS: a short bulleted item holding a figure or a quotation ("- Prior 5.25%", "- Decision was
# “finely balanced”") in a run of bulleted items with MIN_LONG_POINTS long ones (more than MAX_MENU_POINT_WORDS words) is
# one of the article's key points; a menu's items hold no figures or quotations, and are all short.
POINT_FACT = re.compile(r"(?<!\d)\d[.,]?\d*+\s?%|\d\.\d|[“”\"«»]")
MIN_LONG_POINTS = 2
MAX_MENU_POINT_WORDS = 6


def _among_long_points(cands: list[Candidate], at: int) -> bool:
    start = end = at
    while start > 0 and (cands[start - 1].bullet or not cands[start - 1].text.strip()):
        start -= 1
    while end + 1 < len(cands) and (cands[end + 1].bullet or not cands[end + 1].text.strip()):
        end += 1
    run = cands[start : end + 1]
    return sum(1 for c in run if c.bullet and c.words > MAX_MENU_POINT_WORDS) >= MIN_LONG_POINTS


DIALOGUE_DASH_MARKS = "–—-"  # (DIALOGUE_DASHES, in nav_bullet_runs: the dashes that open an interview's turns)
MIN_DIALOGUE_DASHES = 3


def nav_bullet_runs(cands: list[Candidate]) -> None:
    """NAV_BULLET: short bulleted lines (<= 4 words, no sentence punctuation) above the article's first sentence or below
    its last one, where menus are. A short bulleted list between paragraphs ("• Energy", "• Trade") is the article's, and
    so is a list of results (RESULTS_LIST)."""
    sentences = [i for i, c in enumerate(cands) if not c.dropped and c.words > 6 and ends_sentence(c.text)]
    first, last = (sentences[0], sentences[-1]) if sentences else (len(cands), -1)
    if sentences and _list_runs_to_the_cut(cands[last + 1 :]):
        last = len(cands)
    # PARAGRAPH_CUT_AT_THE_END: the page's last line, a long paragraph the copy cut mid-sentence, is the article's: a
    # list above it stands inside the article
    kept = [i for i, c in enumerate(cands) if not c.dropped]
    if sentences and kept and cands[kept[-1]].words >= MIN_CUT_LAST_PARAGRAPH_WORDS and not cands[kept[-1]].bullet:
        last = max(last, kept[-1])
    results = _results_lists(cands)
    # DIALOGUE_DASHES: an interview printed with a dash before each question and answer ("– Mit jelent ez önnek?"):
    # MIN_DIALOGUE_DASHES dashed sentences in the text say the dashed lines are its turns, a short or cut one too
    dialogue = sum(
        1
        for c in cands[first : last + 1]
        if not c.dropped and c.bullet and c.raw.lstrip()[:1] in DIALOGUE_DASH_MARKS and c.words > 6 and ends_sentence(c.text)
    )
    listed: set[int] | None = None  # (LIST_TO_ITS_SENTENCE: "The new building includes:" / "• two theatres" / ...)
    for i, cand in enumerate(cands):
        if cand.dropped or cand.forced or not cand.bullet or first < i < last or NUMBERED_ROW.match(cand.text):
            continue
        listed = announced_items(cands) if listed is None else listed  # (read once, on a page with such a bullet)
        if id(cand) in listed:
            continue
        if dialogue >= MIN_DIALOGUE_DASHES and cand.raw.lstrip()[:1] in DIALOGUE_DASH_MARKS:
            continue
        if POINT_FACT.search(cand.text) and _among_long_points(cands, i):
            continue  # POINT_AMONG_POINTS (above)
        if i in results or DASHED_CROSSHEAD.search(cand.text) or FIELD_AND_VALUE_ITEM.match(cand.text):
            continue
        if cand.words <= 4 and not ends_sentence(cand.text) and not cand.text.endswith((",", ";", ":")):
            cand.rule = NAV_BULLET


# FURNITURE_ECHO: sites print their menus twice (once for phones, once for screens), the second time without the
# bullets that told the first one apart: a short line, no sentence, that reads exactly as a line a navigation rule
# dropped elsewhere on the page is that menu item again. The article's own lines are not sources (a headline repeated
# in "Most read" is still the headline), nor is the masthead (dropped for where it stands, not for what it says).
ECHO_SOURCES = frozenset((NAV_BULLET, NAV_LABEL, MENU_BAR, BREADCRUMB, SECTION_LABEL))
ECHO_MAX_WORDS = 5


def furniture_echoes(cands: list[Candidate]) -> None:
    """FURNITURE_ECHO (above)."""
    menu = {c.key: c.rule for c in cands if c.rule in ECHO_SOURCES and c.words <= ECHO_MAX_WORDS}
    for cand in cands:
        if cand.dropped or cand.forced or cand.words > ECHO_MAX_WORDS or ends_sentence(cand.text):
            continue
        if cand.key in menu:
            cand.rule = menu[cand.key]


# A caption cut short ("...") is the twin of a caption starting with its text, if at least this long.
CUT_TWIN_MIN_CHARS = 40


MAX_GLUED_CREDIT_CHARS = 60  # GLUED_CREDIT_TWIN: a photographer's name and agency
HEADLINE_PICTURE_GAP = 3  # HEADLINE_ABOVE_ITS_PICTURE: lines from the headline down to its picture's caption
LONG_SENTENCE_WORDS = 12  # (the head of a page ends at its first sentence longer than this, as archive.clean's)


# NEAR_TWINS: the alternative text and the caption may differ by a word or two ("Deputy Justice Jane Roe in court" /
# "Deputy Chief Justice Jane Roe in court"), each of at least NEAR_TWIN_MIN_WORDS words and neither a sentence (an
# article's sentence may repeat a caption's words and add its own).
NEAR_TWIN_MAX_OTHER_WORDS = 2
NEAR_TWIN_MIN_WORDS = 4


def _twin_keys(one: str, other: str) -> bool:
    a, b = set(one.split()), set(other.split())
    return min(len(a), len(b)) >= NEAR_TWIN_MIN_WORDS and len(a ^ b) <= NEAR_TWIN_MAX_OTHER_WORDS


MAX_CAPTION_CREDIT_TAIL_WORDS = 6
# (GLUED_AGENCY_INITIALS: or the agency's initials glued to the caption's last word, "... the win for ChelseaAFP")
CAPTION_CREDIT_TAIL = re.compile(
    r"^(?:\s*+[(\[][^()\[\]]{2,60}[)\]]\s*$|\s++[|–—-]\s|\s++[©Ⓒ]\s?\S|[a-z]\.\s?[a-z]++(?:\s[a-z]++)?$|[A-Z]{2,5}$)"
)


# GALLERY_CREDIT: between a gallery's position ("1 / 20", "3 of 7") and a picture's caption, an agency's name or a
# person's alone ("Example Agency", "Jane Roe") is the picture's credit, not the story's source or its writer.
GALLERY_POSITION = re.compile(r"^\d{1,3}\s?(?:of|/)\s?\d{1,3}$", re.I)


def gallery_credits(cands: list[Candidate]) -> None:
    """GALLERY_CREDIT: the credit line of a gallery's picture, under its position and above its caption."""
    for above, cand, below in zip(cands, cands[1:], cands[2:], strict=False):
        if (
            above.rule == COUNTER
            and GALLERY_POSITION.match(above.text.strip())
            and below.rule == CAPTION
            and not cand.dropped
            and not cand.forced
            and (cand.key in WIRE_NAMES or is_names_only(cand.text))
        ):
            cand.rule = CAPTION_CREDIT


# CREDIT_SPLIT_BY_A_SLASH: a picture's credit printed over three lines, the photographer's name, a slash alone and the
# source ("Jane Roe" / "/" / "Flickr"): the name is the picture's, not the story's writer; a byline has no lone slash
# under it. The source is a few words without a digit (no date line, no sentence).
MAX_SPLIT_CREDIT_SOURCE_WORDS = 4


def credits_split_by_a_slash(cands: list[Candidate]) -> None:
    for name, bar, source in zip(cands, cands[1:], cands[2:], strict=False):
        if (
            bar.text.strip() == "/"
            and not name.dropped
            and not name.forced
            and not source.forced
            and is_names_only(name.text)
            and 1 <= source.words <= MAX_SPLIT_CREDIT_SOURCE_WORDS
            and not any(ch.isdigit() for ch in source.text)
            and not ends_sentence(source.text)
        ):
            name.rule = CAPTION_CREDIT
            if not source.dropped:
                source.rule = CAPTION_CREDIT


# CAPTION_PRINTED_AGAIN: a caption printed MIN_CAPTION_COPIES times or more in a row (a gallery's slides, a picture's
# alternative text, title and caption), the copies above gone as captions: the last copy is the caption again, not the
# text's first sentence; cut short too (its first CUT_TWIN_MIN_CHARS characters or more, as a copy tool cut it).
MIN_CAPTION_COPIES = 3


def _copy_of(cand: Candidate, above: Candidate) -> bool:
    text, first = cand.text.strip(), above.text.strip()
    return cand.key == above.key or (len(text) >= CUT_TWIN_MIN_CHARS and first.startswith(text))


def caption_copies(cands: list[Candidate]) -> None:
    run: list[Candidate] = []
    for cand in (c for c in cands if c.key):
        if run and not _copy_of(cand, run[-1]):
            run = []
        run.append(cand)
        copies_above = run[:-1]
        if (
            len(run) >= MIN_CAPTION_COPIES
            and not cand.dropped
            and not cand.forced
            and all(c.rule == CAPTION for c in copies_above)
        ):
            cand.rule = CAPTION


# HEADLINE_OVER_ITS_CREDITED_CAPTION: the page's first line, shaped as a headline, printed again right under it with a
# picture's credit in brackets ("New flu cases double" / "New flu cases double (Example Online)") and the article's
# first sentence right after: the first is the headline, only the credited copy is the picture's caption (a picture's
# text and caption above a headline leave a headline to come before the text).
def headline_over_its_credited_caption(cands: list[Candidate]) -> None:
    if len(cands) < 3:
        return
    first, copy, lead = cands[0], cands[1], cands[2]
    tail = copy.text[len(first.text.rstrip()) :].strip()
    credited = copy.text.startswith(first.text.rstrip()) and CREDIT_IN_BRACKETS_TAIL.fullmatch(tail) is not None
    if (
        first.rule == CAPTION
        and copy.rule == CAPTION
        and credited
        and not first.forced
        and headline_shaped(first.text)
        and not lead.dropped
        and lead.words >= PROSE_MIN_WORDS
        and ends_sentence(lead.text)
    ):
        first.rule = None


CREDIT_IN_BRACKETS_TAIL = re.compile(r"[(\[][^()\[\]]{2,60}[)\]]")  # (read on the tail stripped)


# HEADLINE_OVER_ITS_PICTURE: the page's first line printed again under it with the picture's credit ("L1 : Les déclas
# ..." / the same "©Example365"), and no other headline-shaped line between the copy and the first paragraph: the
# headline, the picture under it captioned with it; only the credited copy goes
def _headline_over_its_picture(one: Candidate, cands: list[Candidate]) -> bool:
    kept = [c for c in cands if not c.dropped or c.text.startswith(one.text)]
    if not kept or kept[0] is not one or not headline_shaped(one.text) or one.words < MIN_UNDER_TRAIL_HEADLINE_WORDS:
        return False
    below = kept[1 : first_sentence(kept)]
    # (a date line between, "Rédaction, publié le samedi 13 avril 2019", is the headline's credit, no headline)
    return not any(
        c.words >= MIN_UNDER_TRAIL_HEADLINE_WORDS
        and headline_shaped(c.text)
        and not c.text.startswith(one.text)
        and not holds_a_day_date(c.text)
        for c in below
    )


def caption_twins(cands: list[Candidate], dated: Callable[[str], object] = lambda text: None) -> None:
    """CAPTION: the same caption printed twice, once with its credit ("... | Photo: AFP") and once without; or
    (CREDIT_BETWEEN_TWINS) the same line printed twice beside a photo's credit line, around it or both above or below it
    (the picture's alternative text, its credit, its caption: "Aerial view of the flooded village" / "Photo: Example
    Agency/Jane Roe" / the same): a headline printed twice has no picture's credit beside it, nor has a date line
    (DATE_LINE_TWINS: "2022-07-20 08:54:31 | 来源:Example晨报 |" twice above "(资料图片)" is the page's date line)."""
    index_of = {id(c): i for i, c in enumerate(cands)}
    for first, second, third in zip(cands, cands[1:], cands[2:], strict=False):
        for credit, (one, other) in ((second, (first, third)), (third, (first, second)), (first, (second, third))):
            if credit.rule not in (CAPTION_CREDIT, CAPTION):  # (first: most lines have no credit beside them)
                continue
            if one.key == other.key and dated(one.text) is not None:
                continue
            below = cands[index_of[id(other)] + 1] if index_of[id(other)] + 1 < len(cands) else None
            if one.key == other.key and one is first and below is not None and dated(below.text) is not None:
                continue  # HEADLINE_TWICE_OVER_ITS_DATE: the copy right above a date or byline line is the headline
            if credit is not second and credit.rule == CAPTION and one.key not in credit.key:
                # TWINS_OVER_ANOTHER_CAPTION: a caption of its own under them describes its own picture; over them
                # (TWINS_UNDER_ANOTHER_CAPTION), the lead printed twice under the picture's caption is the text's
                continue
            twins = one.key == other.key or (
                _twin_keys(one.key, other.key) and not ends_sentence(one.text) and not ends_sentence(other.text)
            )
            if one.key and twins and not one.dropped:
                if not (one.forced or other.forced):
                    # SPEAKER_LABEL_NO_TWIN: a line ending with a colon introduces what follows ("Presidential Aide Jane
                    # Roe:", the speaker's words in a transcript, under the picture "Presidential Aide Jane Roe"): no
                    # caption ends so; its twin without the colon is the caption
                    for twin in (one, other):
                        if not twin.text.rstrip().endswith((":", "：")):
                            twin.rule = CAPTION
    # CAPTION_WITH_ITS_CREDIT: a line printed again right under itself with a credit added, in brackets, after a bar or
    # a dash, or glued to its last word ("... la plage de Capbreton, le 3 novembre 2019." / the same "(JANE ROE /
    # EXAMPLE)", "... acordonada por la policía" / the same "m. roe"): the picture's text and its caption
    # (words of letters: "9 мая 2023, 14:29" / "9 мая 2023, 14:29 — Example" is a date line and its credit); the
    # credited copy may have gone already as a caption ("... Abkühlung.  © Example/dpa", COPYRIGHT_TAIL)
    for one, other in itertools.pairwise(c for c in cands if not c.dropped or c.rule == CAPTION):
        if one.dropped:
            continue
        lettered = sum(1 for word in one.text.split() if word.isalpha()) >= NEAR_TWIN_MIN_WORDS
        tail = other.text[len(one.text) :] if lettered and other.text.startswith(one.text) else ""
        if tail and len(tail.split()) <= MAX_CAPTION_CREDIT_TAIL_WORDS and CAPTION_CREDIT_TAIL.match(tail):
            if not (one.forced or other.forced):
                other.rule = CAPTION
                if not _headline_over_its_picture(one, cands):
                    one.rule = CAPTION
    # ALT_TEXT_OF_CAPTION: right above a caption, a line that is no sentence and whose every word the caption
    # uses ("Russian President Putin attends a meeting in Moscow" / "FILE PHOTO: Russian President Vladimir Putin attends
    # a meeting with ... in Moscow, Russia, August 20, 2025. Example/Pool via EXAMPLE") is the picture's alternative text
    for alt, caption in zip(cands, cands[1:], strict=False):
        if (
            caption.rule == CAPTION
            and not alt.dropped
            and not alt.forced
            and alt.words >= NEAR_TWIN_MIN_WORDS
            and not ends_sentence(alt.text)
            and set(alt.key.split()) <= set(caption.key.split())
            and not caption.key.startswith(alt.key)  # (a headline with its caption run on: CAPTION_RUN_ON's)
        ):
            alt.rule = CAPTION
    # ... and printed a third time (a gallery's list of its pictures): the same caption, when it ends no sentence (an
    # article's sentence used as a picture's text stays where the article prints it)
    twinned = {c.key for c in cands if c.rule == CAPTION and c.key}
    # DECODED_TWIN: the caption printed as text beside its address-encoded alternative text (URL_ENCODED_TEXT)
    encoded = {key_of(urllib.parse.unquote_plus(c.text)) for c in cands if c.rule == IMAGE_FILE and "+" in c.text}
    for cand in cands:
        if cand.key in encoded and not cand.dropped and not cand.forced and cand.words >= NEAR_TWIN_MIN_WORDS:
            cand.rule = CAPTION
    for cand in cands:
        if cand.key in twinned and not cand.dropped and not cand.forced and not ends_sentence(cand.text):
            cand.rule = CAPTION
    bases: dict[str, int] = {}  # a credited caption's text without its credit -> where the caption is
    for i, cand in enumerate(cands):
        match = CREDIT_TAIL.search(cand.text) if cand.rule == CAPTION else None
        if match and _credit_named(match):  # (not a headline's "Photo:" run on)
            bases.setdefault(cand.text[: match.start()].rstrip(" |-–—").strip(), i)
    # HEADLINE_ABOVE_ITS_PICTURE: the headline at the head of the page (no long sentence above it), its words repeated
    # as the caption of the picture a few lines down (HEADLINE_PICTURE_GAP lines or more: the standfirst and the byline
    # between), stays for the title's rules; a picture's alternative text stands next to its caption
    first_sentence = next(
        (i for i, c in enumerate(cands) if not c.dropped and c.words > LONG_SENTENCE_WORDS and ends_sentence(c.text)), len(cands)
    )
    captions = [c.text for c in cands if c.rule == CAPTION]
    if not bases and not captions:
        return
    for at, cand in enumerate(cands):
        if cand.dropped or cand.forced:
            continue
        if at < first_sentence and bases.get(cand.text, at) - at >= HEADLINE_PICTURE_GAP and headline_shaped(cand.text):
            continue  # HEADLINE_ABOVE_ITS_PICTURE
        # (STANDFIRST_AS_CAPTION: a sentence printed again with a credit is the page's standfirst used as the picture's
        # caption, and stays where the article prints it; a gallery's item in a list, or a line that is no sentence, is
        # the picture's text)
        # CUT_TWIN: the same caption cut short by the page ("... Photo courte..."), its start that of a caption beside it
        cut = cand.text.removesuffix("...").removesuffix("…").rstrip()
        # GLUED_CREDIT_TWIN: the same caption again with its credit glued on ("... in Peking.Jane Roe/AFP"): a few
        # characters more, no space after the caption's full stop
        glued = len(cand.text) >= CUT_TWIN_MIN_CHARS and any(
            t.startswith(cand.text) and 0 < len(t) - len(cand.text) <= MAX_GLUED_CREDIT_CHARS and not t[len(cand.text)].isspace()
            for t in captions
        )
        if glued and _headline_over_its_picture(cand, cands):
            continue  # HEADLINE_OVER_ITS_PICTURE
        if (
            (cand.text in bases and (cand.bullet or not ends_sentence(cand.text)))
            or glued
            or (cut != cand.text and len(cut) >= CUT_TWIN_MIN_CHARS and any(t.startswith(cut) for t in captions))
        ):
            cand.rule = CAPTION


# SITE_SUFFIX_CAPTIONS: two or more different lines ending with the same name after a spaced dash, bar or hash ("A
# worker places the flags at the gate - Example International", "The president attends a news conference - Example
# International", "Headline # Example.ro"): the site adds its name to every picture's alternative text and every link
# it shares, so each such line is a caption or another story's link. The page's first line may be
# its title with the same suffix ("Headline - Example International"): it stays for the title's rules. A speaker after
# a quotation is no site ("Adding: the two are the main victors — Xi", "“We will win” – Jane Roe"): a line with a colon
# or quotation marks, or a name of one word, is left alone.
SITE_SUFFIX = re.compile(
    r"(?<!\s)\s+(?:(?P<sep>[|#])\s+(?P<site>[A-Z][\w.&'’-]*+)|[-–—|#]\s+(?P<name>[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){1,4}))\s*$"
)  # (one word after a bar or a hash: "# Example.ro"; after a dash, a speaker's name may stand alone: two words)
QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")
SPEECH_MARKS = (":", "‘", "’", *QUOTE_MARKS)


MAX_RESULT_LABEL_WORDS = 5  # ("Senior Beef Showmanship 1st place"; a caption is a sentence: "A worker at the harbour gate")


def results_by_name(name: str, labels: list[str]) -> bool:
    """RESULTS_BY_NAME: a person's name after the dash of short labels ("Grand Champion Steer – Jane Roe" / "Reserve
    Heifer – Jane Roe") makes the lines a list of results or awards, not a site's captions (which are sentences), and the
    name no site's (archive.sources' OUTLET_REPEATED_SUFFIX asks the same)."""
    person = is_names_only(name) and not names_a_place(name)
    return person and all(len(label.split()) <= MAX_RESULT_LABEL_WORDS for label in labels)


def site_suffix_captions(cands: list[Candidate]) -> None:
    kept = [c for c in cands if not c.dropped and not c.forced]
    by_name: dict[str, list[Candidate]] = {}
    for cand in kept[1:]:
        found = SITE_SUFFIX.search(cand.text)
        if found and not any(mark in cand.text[: found.start()] for mark in SPEECH_MARKS):
            by_name.setdefault(found["name"] or found["site"], []).append(cand)
    for name, same in by_name.items():
        labels = [SITE_SUFFIX.split(c.text, maxsplit=1)[0] for c in same]
        if len({c.text for c in same}) >= 2 and not results_by_name(name, labels):
            for cand in same:
                cand.rule = CAPTION


# LABEL_TWINS: a label of at most LABEL_TWIN_WORDS words printed twice in a row below the article's first paragraph
# ("Harbour News" / "Harbour News": an image's alternative text and its title): a picture's label, not a sub-heading,
# which a page never prints twice. Above the first paragraph a line printed twice may be the headline: kept there.
LABEL_TWIN_WORDS = 4
FIRST_PARAGRAPH_WORDS = 12


def first_sentence(cands: list[Candidate]) -> int:
    """Where the article's first long sentence stands (more than FIRST_PARAGRAPH_WORDS words, ending a sentence), or
    len(cands) when there is none: the page's head lies above it."""
    long_sentences = (
        i for i, c in enumerate(cands) if not c.dropped and c.words > FIRST_PARAGRAPH_WORDS and ends_sentence(c.text)
    )
    return next(long_sentences, len(cands))


def label_twins(cands: list[Candidate]) -> None:
    kept = [c for c in cands if not c.dropped and not c.forced]
    started = False
    for at, (cand, nxt) in enumerate(zip(kept, kept[1:], strict=False)):
        started = started or cand.words > FIRST_PARAGRAPH_WORDS
        if started and cand.text == nxt.text and cand.words <= LABEL_TWIN_WORDS and not ends_sentence(cand.text):
            if parse_date(cand.text) is not None:
                continue  # DATE_TWICE: "17 mar 2020" twice, the published and the updated stamps: the date line
            if cand.text.rstrip().endswith((":", "：")):
                continue  # FIELD_LABEL_TWICE: "Goals:" / "Goals:", a results table's label over each side's column
            dated = at + 2 < len(kept) and parse_date(kept[at + 2].text) is not None
            if dated and is_names_only(cand.text):
                continue  # WRITERS_NAME_TWICE: "Jane Roe" / "Jane Roe" / "31-May-2011", the writer's picture and name
            cand.rule = nxt.rule = CAPTION


# CJK_DISPATCH_LEAD: a Chinese wire's dateline opens its first paragraph: the sender (an agency in 社, a site in 网, a
# paper or station), the place, the date and 电/讯 ("dispatch"): "新华社北京5月16日电", "中新社圣彼得堡11月7日电",
# "人民网北京2024年5月16日电". Without a year it is a month-day. "本报" ("this paper") names no sender.
# (a site may print its address after its name, "俄新网RUSNEWS.CN莫斯科4月27日电"; a radio's dispatch is its 消息, "news":
# "央广网北京10月22日消息")
# (ACCORDING_TO_THE_DISPATCH: "据新华社莫斯科10月27日电", "according to Xinhua's dispatch": the word is no part of the name)
CJK_DISPATCH_LEAD_RE = re.compile(
    r"(?:据|據)?(?P<wire>(?![据據])[\u4e00-\u9fff]{1,6}?(?:社|网|網|台|报|報))(?:[A-Za-z]{2,20}(?:\.[A-Za-z]{2,6}){1,2})?(?P<place>[\u4e00-\u9fff]{2,10}?)"
    r"(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:电|電|讯|訊|消息)(?![影视視话話脑腦力子])"
)


# CREDIT_REPEATED_UNDER_CAPTIONS: the same source in brackets after the full stop of two lines or more ("... in the
# Southern Tablelands. (Nine)", "... the $15,000 bill. (Nine)"): each picture's caption with its credit; an article
# signed off by its agency ends once ("... the minister said. (Reuters)"), and a round-up of wire items signs each with
# its agency: an agency's name is left to the other rules
BRACKETED_CREDIT_END = re.compile(r"[.!?][\"”’]?\s?\((?P<credit>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})\)$")
MIN_REPEATED_CREDITS = 2


def repeated_bracket_credits(cands: list[Candidate]) -> None:
    credited: dict[str, list[Candidate]] = {}
    for cand in cands:
        end = BRACKETED_CREDIT_END.search(cand.text.rstrip()) if not cand.dropped and not cand.forced else None
        if end and end["credit"].casefold() not in WIRE_NAMES:
            credited.setdefault(end["credit"], []).append(cand)
    for lines in credited.values():
        if len({cand.key for cand in lines}) >= MIN_REPEATED_CREDITS:  # (one line printed twice is no second caption)
            for cand in lines:
                cand.rule = CAPTION


# CAPTION_LABEL_ALONE: a caption's label alone on its line ("Image caption", "Media caption,", "Bildunterschrift"),
# the caption on the next line: one sentence or less, of up to MAX_LABELLED_CAPTION_WORDS words, without its stop as
# often as with it ("Photographs from the scene showed the carriages"). A second sentence is the article's again.
CAPTION_LABEL_ALONE = re.compile(
    r"^(?:[Ii]mage|[Mm]edia|[Vv]ideo|[Pp]hoto) caption\s?[,:]?$|^(?:Bildunterschrift|Pie de foto|Legenda da foto|"
    r"Подпись к фото|Légende de la photo|Caption|CAPTION)\s?[,:]?$"
)
MAX_LABELLED_CAPTION_WORDS = 40


# CAPTION_BOX_BUTTONS: a caption box's buttons glued after its last stop ("... ut av kumlokkene. Vis mer", "... /
# Scanpix. Les mer Lukk", "... the harbour. Show more"): the box's text, a caption, up to MAX_CAPTION_BOX_WORDS words,
# below the text's first sentence (above it, a preview's "Show more" may close the lead).
# (BUTTONS_WITH_CLOSE: "Read more" and "Close" both, the box's pair, say so anywhere on the page)
CAPTION_BOX_BUTTONS = re.compile(
    r"[.!?][\"”’)]?\s(?:Vis mer|Vis mere|Visa mer|Show more|Näytä lisää|Mehr anzeigen|Toon meer)\s*$"
)
BUTTONS_WITH_CLOSE = re.compile(r"[.!?][\"”’)]?\s(?:Les mer|Läs mer|Læs mere|Read more)\s(?:Lukk|Luk|Stäng|Close|Sulje)\s*$")
MAX_CAPTION_BOX_WORDS = 45


def caption_box_buttons(cands: list[Candidate]) -> None:
    started = False
    for cand in cands:
        if cand.dropped:
            continue
        buttons = (started and CAPTION_BOX_BUTTONS.search(cand.text)) or BUTTONS_WITH_CLOSE.search(cand.text)
        if buttons and not cand.forced and cand.words <= MAX_CAPTION_BOX_WORDS:
            cand.rule = CAPTION
        started = started or long_sentence(cand)


# PRESS_CONTACT_BOX: under the article's last sentence, a press-contact label ("Press contact:", "Pressekontakt",
# "Pressens kontakt:", "Contacto de prensa") opens the release's contact box: the label and every line after it (names,
# posts, numbers, addresses) go; the text has ended.
PRESS_CONTACT_KEYS = frozenset(
    key_of(label)
    for label in (
        "Press contact", "Press contacts", "Media contact", "Media contacts", "Media enquiries", "Press enquiries",
        "Pressekontakt", "Pressekontakte", "Pressens kontakt", "Kontakt for pressen", "Presskontakt", "Perskontakt",
        "Contacto de prensa", "Contacto para medios", "Contact presse", "Contacts presse", "Contatto stampa",
        "Contatti stampa", "Contato para imprensa", "Kontakt dla mediów", "Kontakt dla prasy", "Kontakt pro média",
        "Контакты для прессы", "Контакты для СМИ", "Yhteyshenkilö medialle", "Lisätietoja medialle",
    )
)  # fmt: skip


def press_contact_box(cands: list[Candidate]) -> None:
    last = max((i for i, c in enumerate(cands) if not c.dropped and long_sentence(c)), default=None)
    if last is None:
        return
    start = next((i for i in range(last + 1, len(cands)) if cands[i].key in PRESS_CONTACT_KEYS), None)
    if start is None:
        return
    for cand in cands[start:]:
        if not cand.forced and not cand.dropped and cand.role is None:
            cand.rule = AFTER_ARTICLE


def caption_labels_alone(cands: list[Candidate]) -> None:
    for cand, below in itertools.pairwise(cands):
        if (
            CAPTION_LABEL_ALONE.match(cand.text.strip())
            and not below.forced
            and below.words <= MAX_LABELLED_CAPTION_WORDS
            and not SECOND_SENTENCE.search(below.text)
        ):
            cand.rule = cand.rule or CAPTION
            below.rule = CAPTION


# SUBJECTS_NAME_BETWEEN_PARAGRAPHS: a person's name alone between two paragraphs of the text, the name the paragraph
# above or below names in full ("Former councillor Jane Roe, who ..." / "Jane Roe" / "A funeral was held ..."): the
# caption of the subject's portrait, no byline; a writer's credit there names someone the text does not. (A text with
# other short lines below its first sentence heads its sections so, "Jane Roe" / her paragraphs / "John Doe" / ...: a
# round-up's sub-headings, left alone.)
MAX_NAME_CREDIT_WORDS = 4


def subjects_names(cands: list[Candidate]) -> None:
    kept = [c for c in cands if not c.dropped]
    start = next((i for i, c in enumerate(kept) if c.words >= PROSE_MIN_WORDS and ends_sentence(c.text)), len(kept))
    short = [c for c in kept[start:] if c.words <= MAX_NAME_CREDIT_WORDS and not ends_sentence(c.text)]
    if len(short) != 1:
        return
    # (NAME_WORD_IN_SMALL_LETTERS: a word of the line the text writes in small letters, "Victory Day" on a page of "a
    # three-day visit", is a common noun: the line is a sub-heading, no one's name)
    in_small_letters = {w for c in kept for w in WORD.findall(c.text) if w.islower()}
    for at, (above, cand, below) in enumerate(zip(kept, kept[1:], kept[2:], strict=False), start=2):
        if cand.forced or cand.words > MAX_NAME_CREDIT_WORDS or not is_names_only(cand.text):
            continue
        if any(w.casefold() in in_small_letters for w in WORD.findall(cand.text)):
            continue
        if not all(c.words >= PROSE_MIN_WORDS and ends_sentence(c.text) for c in (above, below)):
            continue
        name = " ".join(cand.text.split())
        # (WRITERS_CARD_UNDER_THE_TEXT: a name over the text's last paragraph that tells about her, "Jane Roe" / "Jane
        # Roe is a reporter ...", is the writer's card, archive.clean's; the subject's name has the text go on)
        text_goes_on = any(c.words >= PROSE_MIN_WORDS and ends_sentence(c.text) for c in kept[at + 1 :])
        if name in above.text or (name in below.text and text_goes_on):
            cand.rule = CAPTION


# GALLERY_POSITION_TRIPLE: a gallery's position ("View Slideshow 1 of 2", POSITION_IN_A_SERIES), a line, then a
# photographer's name and an agency after a slash ("Jane Roe / AFP/Getty Images", "John Doe / AP"): the picture's
# position, its caption and its credit. A paragraph under a counter has no credit under it; a writer's credit has no
# gallery's position over the line above it. (THUMBNAIL_COPY: the caption printed right over the position too, the
# gallery's list of pictures, "• Residents seek shelter ..." / "View Slideshow 1 of 2" / the same: a caption as well)
PHOTOGRAPHER_SLASH_AGENCY_ALONE = re.compile(r"^[A-Z][\w.'’-]*+(?: [A-Z][\w.'’-]*+){1,3} ?/ ?(?P<agency>[A-Z][\w&./ -]{1,40})$")


# IMAGE_ROW_CAPTION: a picture copied as a table's row, its empty image ("![]() |") and, on the next line, its caption
# closed by the same bar ("Players greet the fans before the match |"): the caption, a few words that end no sentence
# (an article's line is no table cell).
MAX_IMAGE_ROW_CAPTION_WORDS = 25


def image_row_captions(cands: list[Candidate]) -> None:
    for image, cand in itertools.pairwise(cands):
        text = cand.text.rstrip()
        if image.rule != NO_TEXT or "![" not in image.text or not image.text.rstrip().endswith("|") or cand.forced:
            continue
        if text.endswith(" |") and text.count("|") == 1 and cand.words <= MAX_IMAGE_ROW_CAPTION_WORDS:
            if not ends_sentence(text[:-1].rstrip()):
                cand.rule = CAPTION


STOCK_LIBRARY = re.compile(_STOCK_LIBRARIES)  # (a picture library's name, as LIBRARY_COPYRIGHT reads it)


def gallery_position_triples(cands: list[Candidate]) -> None:
    for i, (position, caption, credit) in enumerate(zip(cands, cands[1:], cands[2:], strict=False)):
        if position.rule != COUNTER or not POSITION_IN_A_SERIES.match(position.text.strip("()[] ")):
            continue
        found = PHOTOGRAPHER_SLASH_AGENCY_ALONE.match(credit.text.strip())
        if found is None or caption.forced or credit.forced:
            continue
        if all(
            part.strip().lower() in WIRE_NAMES or STOCK_LIBRARY.fullmatch(part.strip()) for part in found["agency"].split("/")
        ):
            caption.rule, credit.rule = CAPTION, CAPTION_CREDIT
            if i > 0 and cands[i - 1].key == caption.key and not cands[i - 1].forced:
                cands[i - 1].rule = CAPTION  # THUMBNAIL_COPY


# PICTURE_VERB: what a picture shows, in the present tense of its caption ("is seen", "are pictured"; "is seen as" is a
# figure of speech)
PICTURE_VERB = re.compile(r"\b(?:is|are) (?:seen|pictured)\b(?! as\b)")
# NAMED_SUBJECT_POSES: next to a photo's credit, a line naming someone in capitalised words, then what the picture shows
# them doing in the present tense ("Example President Jane Roe sits in her office during a video call"): the caption; the
# article tells in the past tense, and these verbs name a pose, no news.
NAMED_SUBJECT_POSES = re.compile(
    r"^(?:[A-Z][\w.'’-]*+ ){1,7}(?:sits|stands|speaks|attends|looks on|walks|waves|gestures|poses|shakes hands|smiles|"
    r"listens|is seen|are seen|is pictured|are pictured)\b(?! as\b)"
)


def caption_neighbours(cands: list[Candidate]) -> None:
    """CAPTION: a line between a photo slug and a photo credit, or next to either and naming positions ("X (R) and Y")
    or ending with the photo's date. A paragraph merely next to a credit is kept: images sit between paragraphs, and
    one opening with a wire's dispatch dateline is the story's lead (DISPATCH_IS_NO_CAPTION)."""
    photo = {PHOTO_SLUG, CAPTION_CREDIT}
    for i, cand in enumerate(cands):
        if cand.dropped or cand.forced or CJK_DISPATCH_LEAD_RE.match(cand.text.lstrip()):
            continue
        before = cands[i - 1].rule if i > 0 else None
        after = cands[i + 1].rule if i + 1 < len(cands) else None
        if before in photo and after in photo:
            cand.rule = CAPTION
        elif (before in photo or after in photo) and (
            POSITION_MARKER.search(cand.text)
            or CAPTION_DATE_END.search(cand.text)
            or CAPTION_WEEKDAY_DATE.search(cand.text)
            or NAMED_SUBJECT_POSES.match(cand.text)
        ):
            cand.rule = CAPTION
        elif after in (CAPTION, CAPTION_CREDIT) and _cjk_caption_above_credit(cand, cands[i + 1]):
            cand.rule = CAPTION
        elif after == CAPTION and _name_over_its_caption(cand.text, cands[i + 1].text):
            cand.rule = CAPTION


# NAME_OVER_ITS_CAPTION: a person's name alone right above a caption that names that person ("Jane Roe" / "Example CEO
# Jane Roe is interviewed on the floor of ...") is the picture's title, no byline: a caption names the pictured, not
# the writer.
def _name_over_its_caption(text: str, caption: str) -> bool:
    name = " ".join(text.split())
    return " " in name and len(name.split()) <= MAX_NAME_CREDIT_WORDS and name in caption and is_names_only(name)


# ALT_TEXT_ABOVE_CAPTION (archive.clean, under the headline): a picture's alternative text printed right above its
# credited caption ("Harbour firefighter standing in front of a wall of flames" / "Firefighters have been sent to help
# (File photo: Example)"): no sentence's end, up to MAX_ALT_TEXT_WORDS words, and a content word of the caption's: the
# same picture described twice.
MAX_ALT_TEXT_WORDS = 15


def alt_text_above(cand: Candidate, caption: Candidate) -> bool:
    if cand.words > MAX_ALT_TEXT_WORDS or ends_sentence(cand.text) or caption.number == cand.number:
        return False
    words = words_of([caption.text])
    return any(uses_stem(word_stem, words) for word_stem in content_stems(cand.text))


# CJK_CAPTION_ABOVE_CREDIT: Chinese papers print a picture's caption, a sentence of up to this many characters, right
# above its photographer's credit ("江苏苏州市，游客在博物馆参观。" / "张 锋摄"): a paragraph is longer, or has no
# photographer's credit under it.
MAX_CJK_CAPTION_ABOVE_CREDIT_CHARS = 80


# (CREDITED_CAPTION_BELOW: a line below ending with the credit but longer than MAX_CJK_CREDIT_ALONE_CHARS is a caption
# with its credit, "……不要在高压线下行走。 本报记者 张三 摄": the line above it is that picture's only when it says the
# same, a run of MIN_SHARED_CAPTION_CHARS characters of the caption in it, as a picture's title does; else a paragraph)
MAX_CJK_CREDIT_ALONE_CHARS = 30
MIN_SHARED_CAPTION_CHARS = 6


def _shares_a_run(text: str, other: str) -> bool:
    runs = SequenceMatcher(None, text, other, autojunk=False)
    return runs.find_longest_match(0, len(text), 0, len(other)).size >= MIN_SHARED_CAPTION_CHARS


def _cjk_caption_above_credit(cand: Candidate, credit: Candidate) -> bool:
    credit_text = credit.text.strip()
    ends_credited = credit_text.rstrip(" )）")[-1:] in ("摄", "攝")
    alone = len(credit_text) <= MAX_CJK_CREDIT_ALONE_CHARS
    photographer = (ends_credited and (alone or _shares_a_run(cand.text, credit_text))) or bool(
        CJK_PHOTOGRAPHER_ALONE.match(credit_text)
    )
    return photographer and len(cand.text) <= MAX_CJK_CAPTION_ABOVE_CREDIT_CHARS and mostly_cjk(cand.text)


# CALL_SPLIT_IN_TWO: a call to follow or join the site broken over two lines, the second going on in small letters
# ("Participe do canal" / "no Whatsapp e receba notícias em primeira mão!"): the two lines, read joined, are the call
# (each short: up to MAX_SPLIT_CALL_WORDS words).
MAX_SPLIT_CALL_WORDS = 12


def calls_split_in_two(cands: list[Candidate]) -> None:
    for first, second in itertools.pairwise(cands):
        if first.dropped or second.dropped or first.forced or second.forced or not second.text[:1].islower():
            continue
        if second.number != first.number + 1 or max(first.words, second.words) > MAX_SPLIT_CALL_WORDS:
            continue
        if line_rule(f"{first.text.strip()} {second.text.strip()}") == SOCIAL_PROMO:
            first.rule = second.rule = SOCIAL_PROMO


# QUESTIONS_OVER_THE_CALL: a line of the newsroom's questions alone ("Byłeś świadkiem ważnego zdarzenia? Widziałeś coś
# interesującego?", "Did you see it happen? Have pictures?") right over its call to write in, gone as one ("Napisz do
# nas!"), is the call's first part: every sentence of it a question, at most MAX_TIP_CALL_WORDS words.
ONLY_QUESTIONS = re.compile(r"^(?:[^.!?]{1,80}\?\s*){1,4}$")


def questions_over_the_call(cands: list[Candidate]) -> None:
    for first, second in itertools.pairwise(cands):
        if first.dropped or first.forced or second.rule != SOCIAL_PROMO or first.words > MAX_TIP_CALL_WORDS:
            continue
        if ONLY_QUESTIONS.match(first.text.strip()) and tip_call(second.text, second.key):
            first.rule = SOCIAL_PROMO


def read_more_next(cands: list[Candidate]) -> None:
    """READ_MORE: a lead-in alone ("RELATED:", "READ MORE") takes the headline on the next line with it."""
    for i, cand in enumerate(cands[:-1]):
        if cand.words > 6:
            continue
        lead = READ_MORE_LEAD.match(cand.text) or READ_MORE_CAPS.match(cand.text) or FOREIGN_READ_MORE_LEAD.match(cand.text)
        alone = lead and not cand.text[lead.end() :].strip()
        # (a button's words with a colon, "Leia mais:", lead in to the links under them: NAV_LABEL's line too)
        button_lead = cand.rule == NAV_LABEL and cand.text.rstrip().endswith(":")
        if not alone or (cand.rule not in (READ_MORE, PROMO_BLOCK, None) and not button_lead):
            continue
        if is_promo_label(cand.key) and not cand.text.rstrip().endswith(":"):
            continue  # a block label ("Related Stories"): promo_blocks handles what follows
        nxt = cands[i + 1]
        if cand.key in SUBHEADING_LEAD_INS and cand.rule == READ_MORE and not nxt.dropped and not _linked_headline(nxt.text):
            cand.rule = None  # SUBHEADING_LEAD_IN: "Background:" over a paragraph is the article's own sub-heading
            continue
        cand.rule = cand.rule or READ_MORE
        if not nxt.dropped and not nxt.forced and _linked_headline(nxt.text):
            nxt.rule = READ_MORE
            if cand.text.rstrip().endswith(":"):
                _read_more_list(cands, i + 2)


# SUBHEADING_LEAD_IN: lead-ins an article also uses alone as its own sub-heading, over its paragraph ("Background:",
# "Details:"); over another story's headline they are still a link's lead-in.
SUBHEADING_LEAD_INS = frozenset(("background",))
# A lead-in ending with a colon ("READ MORE:") may head a list of links: up to this many headlines go with it.
MAX_READ_MORE_LINKS = 5
# A list item is a headline of at least this many words (a shorter line may be the article's next sub-heading).
MIN_READ_MORE_LINK_WORDS = 4


# A kicker in capitals before a link's headline: "REVEALED: How ...", "WATCH: ...", "PICTURES: ...".
CAPS_KICKER = re.compile(r"^[A-Z][A-Z']{2,15}:\s+\S")


def read_more_neighbours(cands: list[Candidate]) -> None:
    """READ_MORE: a link with a kicker in capitals ("REVEALED: How ...") right below another link ("MORE: ..."):
    links come in runs. Alone between paragraphs, such a line may be the article's own sub-heading, and stays."""
    for i, cand in enumerate(cands[1:], start=1):
        if cand.dropped or cand.forced or cands[i - 1].rule != READ_MORE:
            continue
        if CAPS_KICKER.match(cand.text) and headline_shaped(cand.text[cand.text.index(":") + 1 :].strip()):
            cand.rule = READ_MORE


# A tag alone on its line is at most this many words ("Smartphone", "Harbour Talks").
MAX_LONE_TAG_WORDS = 3


# A headline printed again with its photo's caption run on: "<headline> Photo: <caption> (Getty Images)".
CAPTION_RUN_ON = ("photo", "image", "picture", "video", "pic", "illustration", "getty", "file photo")
# The headline it repeats is printed within this many lines above it.
CAPTION_RUN_ON_WITHIN = 3


def headline_captions(cands: list[Candidate]) -> None:
    """CAPTION: a line that repeats a headline-shaped line just above it and runs on with "Photo: ..." (the image's
    caption printed after the headline)."""
    for i, cand in enumerate(cands):
        if cand.dropped or cand.forced:
            continue
        for above in cands[max(0, i - CAPTION_RUN_ON_WITHIN) : i]:
            if above.dropped or above.words < 3 or not headline_shaped(above.text):
                continue
            rest = cand.text[len(above.text) :].lstrip(" |-–—:").lower()
            if cand.text.startswith(above.text + " ") and rest.startswith(CAPTION_RUN_ON):
                cand.rule = CAPTION
                break


# AVATAR_LETTER: a single capital letter alone on a line, above a short line (a name or a credit) that starts with it,
# is the writer's avatar ("E" over "EFE", "J" over "Jane Roe"): page furniture. A drop cap ("T" over "he council
# met ...") goes on in lower case and stays.
AVATAR_NEXT_MAX_WORDS = 5


def avatar_letters(cands: list[Candidate]) -> None:
    for cand, below in zip(cands, cands[1:], strict=False):
        if cand.dropped or cand.forced or len(cand.text) != 1 or not cand.text.isupper():
            continue
        if below.words <= AVATAR_NEXT_MAX_WORDS and below.text.startswith(cand.text) and below.text[1:2].isalpha():
            cand.rule = ICON_TEXT


def lone_tags(cands: list[Candidate]) -> None:
    """TAG_CLOUD: a lone tag directly above the promo that names it ("Harbour" / "Don't miss out on the headlines from
    Harbour. Followed categories will be added to My News.")."""
    for i, cand in enumerate(cands[:-1]):
        below = cands[i + 1]
        if cand.dropped or cand.forced or cand.words > MAX_LONE_TAG_WORDS or below.rule != SOCIAL_PROMO:
            continue
        if headline_shaped(cand.text) and cand.text in below.text:
            cand.rule = TAG_CLOUD


# COMMA_TAG_RUN: a topic list printed one tag a line, each but the last ending with its comma, on lines right under one
# another ("Law Practice," / "Judges and Judiciary," / "Appellate Practice"): MIN_COMMA_TAGS tags of up to
# MAX_COMMA_TAG_WORDS capitalised words (small joining words between), the last tag the same without its comma. A
# verse's lines go on in small letters; an address's lines hold numbers; a credit opens with "By".
COMMA_TAG = re.compile(
    r"^(?!(?i:by) )(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*+(?: (?:(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]*+|and|of|&|the|for|in|de|und|et|y))*+(?P<comma>,?)$"
)
TAGS_TAKEN_AS_LABELS = frozenset((SECTION_LABEL, NAV_LABEL, TAG_CLOUD))
MIN_COMMA_TAGS = 3  # (a name and its desk may be split so: "Jane Roe," / "Harbour Bureau")
MAX_COMMA_TAG_WORDS = 4


def comma_tag_runs(cands: list[Candidate]) -> None:
    def tag(cand: Candidate) -> re.Match[str] | None:
        # (a tag another rule took for a section's label or a menu's item is one of the list's all the same)
        if (
            (cand.dropped and cand.rule not in TAGS_TAKEN_AS_LABELS)
            or cand.forced
            or cand.bullet
            or cand.words > MAX_COMMA_TAG_WORDS
        ):
            return None
        return COMMA_TAG.match(cand.text.strip())

    at = 0
    while at < len(cands):
        run: list[Candidate] = []
        while at < len(cands) and (m := tag(cands[at])) and m["comma"] and (not run or cands[at].number == run[-1].number + 1):
            run.append(cands[at])
            at += 1
        if len(run) >= MIN_COMMA_TAGS - 1 and at < len(cands) and tag(cands[at]) and cands[at].number == run[-1].number + 1:
            run.append(cands[at])  # (the last tag, without its comma)
        if len(run) >= MIN_COMMA_TAGS and not run[-1].text.strip().endswith(","):
            for cand in run:
                cand.rule = cand.rule or TAG_CLOUD
        at += 1 if not run else 0


# NUMBERED_PICTURE_NAMES: two short lines or more, the same words each with a number after them, the numbers padded
# with a zero ("Harbour crash 04", "Harbour crash 03") or out of order ("Flood 3", "Flood 1"): a gallery's pictures'
# names left in the text. A piece's own numbered sub-headings count up unpadded ("Day 1", "Day 2"), and stay.
PICTURE_NAME_NUMBER = re.compile(r"^(?P<name>[^\W\d_][\w'’ -]{1,60}?)[ _-]?(?P<number>\d{1,4})$")
MAX_PICTURE_NAME_WORDS = 6
MIN_PICTURE_NAMES = 2


def numbered_picture_names(cands: list[Candidate]) -> None:
    named: dict[str, list[tuple[Candidate, str]]] = {}
    for cand in cands:
        m = PICTURE_NAME_NUMBER.match(cand.text.strip()) if not cand.dropped and cand.words <= MAX_PICTURE_NAME_WORDS else None
        if m and not cand.forced and not cand.bullet and parse_date(cand.text) is None:  # ("Mar 30", "Mar 2": dates)
            named.setdefault(m["name"].strip().casefold(), []).append((cand, m["number"]))
    for group in named.values():
        numbers = [number for _, number in group]
        counted_up = [int(n) for n in numbers] == sorted(int(n) for n in numbers)
        if len(set(numbers)) >= MIN_PICTURE_NAMES and (any(len(n) > 1 and n.startswith("0") for n in numbers) or not counted_up):
            for cand, _ in group:
                cand.rule = CAPTION


def _read_more_list(cands: list[Candidate], start: int) -> None:
    """READ_MORE: the further headlines of a "READ MORE:" list, while they are headlines of 4+ words."""
    for nxt in cands[start : start + MAX_READ_MORE_LINKS - 1]:
        if nxt.dropped or nxt.forced or nxt.words < MIN_READ_MORE_LINK_WORDS or not _linked_headline(nxt.text):
            return
        nxt.rule = READ_MORE


# CURRENCY_OPENING: under a "READ MORE:" lead-in, a link's headline may open with a currency's sign and a number ("$100k
# funding 'too little' as drought declared"): the headline after the sign is what is shaped as one.
def _linked_headline(text: str) -> bool:
    bare = text.strip()
    return headline_shaped(bare[1:] if bare[:1] in "$€£¥" and bare[1:2].isdigit() else bare)


def video_titles(cands: list[Candidate]) -> None:
    """VIDEO_WIDGET: a video's title, the short line directly above its vendor's name ("Do you know what to do?" / "Wochit").
    QUOTED_TITLE_BELOW: the line right under a dropped control that quotes it whole ("Click to play video: 'Council to
    debate the offer'" / "Council to debate the offer") is the same widget's title printed again."""
    for i, cand in enumerate(cands[1:], start=1):
        above = cands[i - 1]
        if above.dropped and not cand.dropped and not cand.forced and _quotes_whole(above.text, cand.text):
            cand.rule = above.rule
            continue
        if cand.rule != VIDEO_WIDGET or cand.key not in VIDEO_VENDORS:
            continue
        if not above.dropped and not above.forced and above.words <= MAX_VIDEO_TITLE_WORDS and headline_shaped(above.text):
            above.rule = VIDEO_WIDGET


QUOTES_AROUND = (("'", "'"), ('"', '"'), ("‘", "’"), ("“", "”"), ("«", "»"))


def _quotes_whole(text: str, line: str) -> bool:
    line = line.strip()
    return len(line) > 1 and any(f"{a}{line}{b}" in text for a, b in QUOTES_AROUND)


# Where a breadcrumb's separators are: the trail ends with the page's own headline ("Home >> News >> <headline>").
TRAIL_SEPARATORS = (">", "»", "›", "→")
# The headline a trail ends with is printed within this many lines below it (TRAIL_UNDER_ITS_HEADLINE: or above it, the
# trail printed under the headline: "Scientists find a star" / "Home » News » Scientists find a star").
TRAIL_HEADLINE_WITHIN = 3


# CJK_CRUMB: above the article's first sentence, a line of Chinese or Japanese words of at most MAX_CJK_CRUMB_CHARS
# characters each, set apart by spaces ("ニュース 国際", News / World), is the section's trail. (Lower, such a line may
# be a sub-heading: left to the other rules.)
MAX_CJK_CRUMB_CHARS = 4


def cjk_crumb(text: str) -> bool:
    tokens = text.split()
    # (words alone: a bracket or a mark says it is something else, "（記者 王明遠）" a reporters' credit)
    return 2 <= len(tokens) <= 5 and mostly_cjk(text) and all(len(t) <= MAX_CJK_CRUMB_CHARS and t.isalnum() for t in tokens)


def cjk_crumbs(cands: list[Candidate]) -> None:
    head_end = first_sentence(cands)
    for cand in cands[:head_end]:
        if not cand.dropped and not cand.forced and cjk_crumb(cand.text):
            cand.rule = BREADCRUMB


def breadcrumb_headlines(cands: list[Candidate]) -> None:
    """BREADCRUMB: a trail that ends with the page's headline ("Home >> Breaking News >> <headline>", "Home / News /
    <headline>"), when that headline is printed on its own just below: the trail's sections are a breadcrumb, the
    headline line below is the title."""
    for i, cand in enumerate(cands):
        if cand.dropped or cand.forced:
            continue
        cut = max(cand.text.rfind(sep) for sep in TRAIL_SEPARATORS)
        slash = cand.text.rfind(" / ")
        cut = max(cut, slash + 1 if slash >= 0 else -1)  # SLASHED_TRAIL: "Accueil / ACTUALITES / <headline>"
        if cut <= 0:
            continue
        last = cand.text[cut + 1 :].strip()
        if not last or not breadcrumb(cand.text[: cut + 1], ""):
            continue
        near = cands[max(0, i - TRAIL_HEADLINE_WITHIN) : i] + cands[i + 1 : i + 1 + TRAIL_HEADLINE_WITHIN]
        if any(other.text == last and not other.dropped for other in near):
            cand.rule = BREADCRUMB
        elif _home_trail_over_a_headline(cand, cands[i + 1 : i + 1 + TRAIL_HEADLINE_WITHIN], last):
            cand.rule = BREADCRUMB


# HOME_TRAIL_OVER_A_HEADLINE: a trail opening with the home page's name (HOME_ALONE_WORDS) and an arrow, two arrows at
# least, right over another headline-shaped line of MIN_UNDER_TRAIL_HEADLINE_WORDS words or more ("Home > Topics >
# Premier Li Keqiang Visits Germany, Russia, Italy ... and Attends the 10th ASEM Summit" / "Li Keqiang Meets with
# President Vladimir Putin of Russia"): the trail's last section is a topic's page, the line under it the headline
# (a trail alone over the text ends with the headline: TITLE_CRUMB_PREFIX reads it)
HOME_ARROW_TRAIL = re.compile(r"^\s*(?P<home>[^\W\d][^>»›→]{1,24}?)\s*(?P<arrow>>|»|›|→)\s*\S")
MIN_UNDER_TRAIL_HEADLINE_WORDS = 4


def _home_trail_over_a_headline(cand: Candidate, below: list[Candidate], last: str) -> bool:
    home = HOME_ARROW_TRAIL.match(cand.text)
    if not home or " ".join(home["home"].lower().split()) not in HOME_ALONE_WORDS or cand.text.count(home["arrow"]) < 2:
        return False
    under = next((c for c in below if not c.dropped), None)
    return (
        under is not None
        and under.text != last
        and under.words >= MIN_UNDER_TRAIL_HEADLINE_WORDS
        and headline_shaped(under.text)
        and not ends_sentence(under.text)
    )


# A trail printed without separators runs into the headline: "HomeWorldUnderstanding the results" (at most this long).
MAX_GLUED_TRAIL_CHARS = 40


def _same_marks(text: str) -> str:
    return text.replace("…", "...")  # ("Kaufland... şi" above, "Kaufland… şi" in the headline below)


def glued_trails(cands: list[Candidate]) -> None:
    """BREADCRUMB: "Home" and a section run into the headline without separators ("HomeWorld<headline>", "Home News
    <headline>"), when the headline is printed on its own just below; a trail in another language, glued to the headline
    (a letter just before the headline's first character: "AcasăACTUALITATE<headline>"), too."""
    for i, cand in enumerate(cands):
        if cand.dropped or cand.forced:
            continue
        text = _same_marks(cand.text)
        for other in cands[i + 1 : i + 1 + TRAIL_HEADLINE_WITHIN]:
            headline = _same_marks(other.text)
            prefix = text[: len(text) - len(headline)]
            if not other.dropped and other.words >= 2 and not text.endswith(headline):
                prefix = _trail_before_a_cut_headline(text, headline)
            if (
                not other.dropped
                and other.words >= 2
                and (text.endswith(headline) or prefix)
                and 4 <= len(prefix) <= MAX_GLUED_TRAIL_CHARS
                and (text[:4].lower() == "home" or prefix[-1].isalpha())
            ):
                cand.rule = BREADCRUMB
                break


# HOME_THEN_SECTIONS: above the article's first sentence, a short line opening with the home page's name in a language
# where it is no ordinary word ("Trang chủ Bờ cõi biển đảo Nhịp sống biển đảo", "Главная Новости Общество"), then the
# sections, no separators: the site's trail. ("Home", "Inicio", "Accueil" open headlines too: "Home prices rise".)
UNAMBIGUOUS_HOME_WORDS = (
    "trang chủ ", "startseite ", "главная ", "головна ", "strona główna ", "anasayfa ", "ana sayfa ", "beranda ", "首页 ",
    "首頁 ", "ホーム ", "홈 ", "الرئيسية ", "αρχική ", "domů ", "kezdőlap ", "acasă ", "etusivu ",
)  # fmt: skip
MAX_HOME_RUN_WORDS = 12


# HOME_ALONE_THEN_MENU: ... or the home page's name alone on its line, in any language ("Home", "صفحه نخست", "Trang
# chủ"), then the menu's items one a line: at least MIN_MENU_ITEMS_UNDER_HOME short lines (up to
# MAX_HOME_MENU_ITEM_WORDS words, no figure, no sentence's end), the run ending at the first other kept line (the
# headline is longer).
HOME_ALONE_WORDS = frozenset(word.strip() for word in UNAMBIGUOUS_HOME_WORDS) | frozenset(
    """home|homepage|inicio|portada|accueil|início|pagina iniziale|home page|главная страница|головна сторінка|صفحه نخست|
    صفحه اصلی|خانه|الصفحة الرئيسية|หน้าแรก|होम|मुखपृष्ठ|হোম|প্রচ্ছদ|سرورق|ہوم|בית|דף הבית|forside|startsida|etusivu|
    voorpagina|úvod|úvodní stránka|titulná strana|početna|naslovnica|начало|pradžia|sākums|avaleht|trang chủ""".replace(
        "\n", ""
    ).split("|")
)
MIN_MENU_ITEMS_UNDER_HOME = 3
MAX_HOME_MENU_ITEM_WORDS = 3


def home_section_runs(cands: list[Candidate]) -> None:
    first = first_sentence(cands)
    for cand in cands[:first]:
        if cand.dropped or cand.forced or cand.words > MAX_HOME_RUN_WORDS or ends_sentence(cand.text):
            continue
        lower = cand.text.strip().lower()
        if lower.startswith(UNAMBIGUOUS_HOME_WORDS) and not any(ch.isdigit() for ch in lower):
            cand.rule = BREADCRUMB
    for at, cand in enumerate(cands[:first]):
        if cand.dropped or cand.forced or " ".join(cand.text.lower().split()) not in HOME_ALONE_WORDS:
            continue
        items = []
        for other in cands[at + 1 : first]:
            if other.dropped:
                continue
            if (
                other.forced
                or other.words > MAX_HOME_MENU_ITEM_WORDS
                or ends_sentence(other.text)
                or any(ch.isdigit() for ch in other.text)
            ):
                break
            items.append(other)
        if len(items) >= MIN_MENU_ITEMS_UNDER_HOME:
            for item in (cand, *items):
                item.rule = NAV_LABEL


# TRAIL_TO_A_CUT_HEADLINE: the trail runs into the headline cut short with an ellipsis ("AccueilA LA UNEALAMINE OUSMANE
# MEY : « Nous avons renforcé la production...", the headline whole just below): the headline's first
# MIN_CUT_HEADLINE_CHARS characters or more, then "..." closing the line.
MIN_CUT_HEADLINE_CHARS = 20


def _trail_before_a_cut_headline(text: str, headline: str) -> str:
    """The trail before the cut headline, or "" when the line is no trail glued to the headline's cut start."""
    if not text.endswith(("...", "…")):
        return ""
    cut = text.rstrip(".… ")
    at = cut.find(headline[:MIN_CUT_HEADLINE_CHARS])
    if at <= 0 or len(cut) - at < MIN_CUT_HEADLINE_CHARS or not headline.startswith(cut[at:]):
        return ""
    return cut[:at]


# NEWSLETTER_BOX: a newsletter's sign-up box printed between paragraphs. Around a line dropped as a newsletter promo
# ("Sign up for Example's free newsletters"), the box's other lines go with it: above, its pitch to the reader and its
# label or the site's name ("Example Weekly" / "Escape your echo chamber. Get the facts behind the news."); below, its
# pitch ("... delivered directly to your inbox."). A pitch addresses the reader ("you", "your", a call such as "Get ...")
# in at most BOX_PITCH_WORDS words and quotes no one; a label (above only, where the box starts) has at most
# BOX_LABEL_WORDS words and no full stop. At most BOX_REACH lines either way; the box ends at the first other line.
BOX_PITCH_WORDS = 30
BOX_LABEL_WORDS = 4
BOX_REACH = 3
READER_ADDRESSED = re.compile(
    r"\b(?:your|yours)\b|^(?:get|sign up|subscribe|join|escape|stay|don['’]t miss|never miss)\b", re.IGNORECASE
)
# GENERIC_YOU: "you" alone addresses the reader in a short pitch ("Stories you need, every morning"); a longer sentence
# uses it as anyone ("When they are in this kind of flying form, it takes you right back to ...": a column's line)
YOU = re.compile(r"\byou\b", re.IGNORECASE)
MAX_YOU_PITCH_WORDS = 15


# LIST_OF_CALLS (in newsletter_boxes): a call to sign up as one item of a bulleted list ("• Sign up for local alerts"
# under "• Plan for batteries ...", a list of what to do before a storm) takes none of the list's other items with it:
# a sign-up box prints its pitch as a paragraph, not as an item.
def _box_pitch(cand: Candidate) -> bool:
    text = cand.text.strip()
    addressed = bool(READER_ADDRESSED.search(text)) or (cand.words <= MAX_YOU_PITCH_WORDS and bool(YOU.search(text)))
    return cand.words <= BOX_PITCH_WORDS and not any(mark in cand.text for mark in QUOTE_MARKS) and addressed


def newsletter_boxes(cands: list[Candidate]) -> None:
    """NEWSLETTER_BOX (see above)."""
    # (PROMPT_BOX: a notification prompt is such a box too, "Push Example Sport" its label above "Reciba nuestras ...")
    anchors = [
        i
        for i, c in enumerate(cands)
        if c.rule == SOCIAL_PROMO and (NEWSLETTER_WORDS.search(c.text) or PUSH_PROMPT.search(c.text))
    ]
    for i in anchors:
        for step in (-1, 1):
            j, seen = i + step, 0
            while 0 <= j < len(cands) and seen < BOX_REACH:
                cand = cands[j]
                j += step
                if cand.dropped:
                    continue
                seen += 1
                if cand.forced or (cands[i].bullet and cand.bullet):
                    break  # LIST_OF_CALLS: a bulleted list's items around a bulleted call are the list's, not a box's
                if _box_pitch(cand):
                    cand.rule = SOCIAL_PROMO
                    continue
                if step < 0 and cand.words <= BOX_LABEL_WORDS and not ends_sentence(cand.text):
                    cand.rule = SOCIAL_PROMO  # the box's label: it starts the box
                break


def promo_teasers(cand_block: list[Candidate], nxt: Candidate, parse_date=lambda text: None) -> bool:
    """Inside a promo block, a card prints its headline twice (image and link) and then its teaser, a full sentence;
    DATED_CARD: or its date, its headline and its teaser ("2026. március 10. 07:28 | Belföld" / headline / teaser)."""
    if len(cand_block) < 2 or nxt.words > MAX_TEASER_WORDS or not headline_shaped(cand_block[-1].text):
        return False
    return cand_block[-1].text == cand_block[-2].text or parse_date(cand_block[-2].text) is not None


def _promo_item(text: str) -> bool:
    """A line that belongs to a block of links: anything but a full sentence, or a teaser cut short ("..."); not a
    paragraph leading into a list (PARAGRAPH_INTO_A_LIST)."""
    if PARAGRAPH_INTO_A_LIST.search(text) and spaced_words(text) >= MIN_LIST_LEAD_IN_WORDS:
        return False
    if BARE_RANK_ITEM.match(text):
        return True
    return not ends_sentence(text) or bool(TEASER_TAIL.search(text)) or spaced_words(text) <= 3


# BARE_RANK_ITEM (in _promo_item): under a block's label, a line opening with its rank, a bare number and a space, then a
# capital ("1 Council names a new port head ...", a most-read list's numbered link, its teaser run on with a full stop):
# an item of the list, however it ends. (A paragraph does not open with a bare number before a capital.)
BARE_RANK_ITEM = re.compile(r"^(?:[1-9]|1\d|20) (?=[A-ZÀ-ÞА-ЯЁ])")


# PARAGRAPH_INTO_A_LIST: a full sentence, then a lead-in ending in a colon ("Now they will meet in the capital. A look at
# the summit:"), of MIN_LIST_LEAD_IN_WORDS words or more: the article's paragraph introducing what follows, no link's
# headline (a headline holds no full stop before its end).
PARAGRAPH_INTO_A_LIST = re.compile(r"[a-z\d)”\"'’][.!?][”\"'’]?\s++[A-Z][^.!?]{0,120}:$")
MIN_LIST_LEAD_IN_WORDS = 15


# CUT_LAST_PARAGRAPH (in promo_blocks): the page's last line, of this many words or more and cut without its full stop,
# is the article's paragraph the copy stopped in (under a "Featured news" box between paragraphs), not a link.
CUT_LAST_PARAGRAPH_WORDS = 20


# DATED_HEADLINE_LIST: below the article's first sentence, headlines each with its time or date, alternating ("Rada
# passes the 2026 budget" / "3 December 2025" / "Rubio: the main dispute is ..." / "3 December 2025"), at least
# MIN_DATED_HEADLINES of them: a list of other stories, however it is labelled or not. A live page's entries are
# sentences, not headlines: they break the alternation.
MIN_DATED_HEADLINES = 2
MAX_STAMP_WORDS = 6


# SITE_CLOCK: the page's header shows the weather, the town and today's date side by side ("22.3 C" / "Dar es Salaam" /
# "Saturday, July 13, 2024"): a date line within SITE_CLOCK_REACH lines of the weather box, above the article's first
# sentence, is the day the page was looked at, not the day it was published.
# (CLOCK_IS_THE_TOP_ONE: two date lines of different days by the box, "19 September 2019" / "00:00:00 (GMT+5)" /
# "Tashkent +19,8 °C" / "19 Feb 2019 2849" / headline: the header's clock is the upper one, the other the article's)
SITE_CLOCK_REACH = 2


# (HEADLINE_BETWEEN: a kept line longer than a stamp between the box and the date, "0 °C ... Tomorrow:+2 °C" / the
# headline / "13:54, 06.10.2022": the date is under the headline, the article's)
def _headline_between(between: list[Candidate]) -> bool:
    return any(not c.dropped and c.words > MAX_STAMP_WORDS for c in between)


def site_clocks(cands: list[Candidate], parse_date: Callable[[str], object]) -> None:
    first = first_sentence(cands)
    for i, cand in enumerate(cands[:first]):
        if cand.rule != WEATHER_WIDGET and not (cand.rule == NAV_LABEL and LOCAL_TIME_LABEL.match(cand.text.strip())):
            continue
        dated = [
            (near, value)
            for k, near in enumerate(cands[: min(first, i + SITE_CLOCK_REACH + 1)])
            if k >= i - SITE_CLOCK_REACH
            and not near.dropped
            and not near.forced
            and near.words <= MAX_STAMP_WORDS
            and not _headline_between(cands[min(i, k) + 1 : max(i, k)])
            and (value := parse_date(near.text)) is not None
        ]
        days = {value for _, value in dated}
        for near, _ in dated[:1] if len(days) > 1 else dated:
            near.rule = WEATHER_WIDGET


# TODAY_BAR: above the article's first sentence, a line saying "today" and then a date ("Bugün, 20 Nisan 2024 Cumartesi",
# "Today is Monday, 3 March 2025", "Hoy: 5 de marzo de 2026") is the header's clock: the day the page was looked at.
# An article's date line does not call its day "today".
TODAY_WORD = re.compile(
    r"^(?:today(?: is)?|сегодня|сьогодні|днес|hoy(?: es)?|hoje(?: é)?|aujourd['’]hui|heute(?: ist)?|oggi(?: è)?|dzisiaj|dziś|"
    # (HUNGARIAN_TODAY: "ma", today, before the year that opens a Hungarian date; Dutch "ma 01 februari 2021" is Monday's
    # short name before the article's own date line)
    r"vandaag|bugün|hôm nay(?: là)?|astăzi|azi|ma(?=\s*+[,:]?\s++\d{4})|dnes|idag|i dag|σήμερα|hari ini|今天|今日|오늘)"
    r"(?:\s*+[,:])?\s++(?=\S)",
    re.I,
)


# TEMPLATE_ORDER_BAR: ... and so is a weekday and a date in a site template's English order, in a language that writes
# the day first ("Thứ bảy, Tháng mười một 16, 2024", "Cumartesi, Ağustos 27, 2025"), alone on a line above the
# article: a theme's header clock. (An article's date in that order comes without its weekday, under the headline.)


def _template_order_bar(text: str) -> bool:
    weekday = FOREIGN_WEEKDAY.match(text)
    if weekday is None or WEEKDAY.match(text):
        return False
    rest = text[weekday.end() :].strip().rstrip(".")
    date = FOREIGN_MONTH_FIRST_FORM.match(rest)
    return date is not None and date.end() == len(rest)


# CLOCK_THEN_NAME_DAY: the header's clock, its weekday last, with the day's name-day names after a spaced dash ("2026.
# január 28, szerda - Károly,", "2026. január 28., szerda - Károly, Ferenc"): one to MAX_NAME_DAY_NAMES capitalised
# names of one word each, joined by commas, a comma perhaps closing them; the date before them is today's, not the
# article's. (A date line's place comes after a date without its weekday last: "Monday, 5 March 2019 - Moscow, Russia".)
MAX_NAME_DAY_NAMES = 3
_NAME_DAY_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]{1,20}"
NAME_DAY_AFTER_THE_CLOCK = re.compile(
    rf"^(?P<clock>[^–-]{{6,40}}?)\s[-–]\s{_NAME_DAY_NAME}(?:,\s?{_NAME_DAY_NAME}){{0,{MAX_NAME_DAY_NAMES - 1}}},?$"
)


def _clock_then_name_day(text: str, parse_date: Callable[[str], object]) -> bool:
    found = NAME_DAY_AFTER_THE_CLOCK.match(text)
    if found is None or parse_date(found["clock"]) is None:
        return False
    return bool(WEEKDAY_AT_THE_END.search(found["clock"].strip().rstrip(",")))


def today_bars(cands: list[Candidate], parse_date: Callable[[str], object]) -> None:
    for at, cand in enumerate(cands):
        if cand.rule != TODAY_BAR or not NAME_DAY.match(cand.text.strip()):
            continue
        for clock in cands[max(at - 1, 0) : at] + cands[at + 1 : at + 2]:  # NAME_DAY_BESIDE_THE_CLOCK
            if not clock.forced and clock.words <= MAX_STAMP_WORDS + 2 and parse_date(clock.text.strip(" |")) is not None:
                clock.rule = TODAY_BAR
    for cand in cands[: first_sentence(cands)]:
        if cand.dropped or cand.forced or cand.words > MAX_STAMP_WORDS + 2:
            continue
        today = TODAY_WORD.match(cand.text.strip())
        if today is not None and parse_date(cand.text.strip()[today.end() :]) is not None:
            cand.rule = TODAY_BAR
        elif _template_order_bar(cand.text.strip()) or _clock_then_name_day(cand.text.strip(), parse_date):
            cand.rule = TODAY_BAR


# WEATHER_HEADING: the box's own heading right above its temperature ("Погода в Алматы" / "+23°С", "Weather in Example"
# / "12°C"): "weather" and a place, part of the box. Only above a weather line: "Погода в Алматы на неделю" alone may
# be a weather story's headline.
WEATHER_HEADING = re.compile(
    r"^(?:weather|погода|погода у|météo|wetter|clima|el tiempo|tiempo|pogoda|hava durumu|thời tiết|sää|vejret|været|"
    r"vädret|meteo|天气|天氣|날씨)(?:\s(?:in|в|у|à|a|en|em|di|w|für|today|now|сегодня))?(?:\s[^\W\d_][\w.'’-]*+){0,3}$",
    re.I,
)


# WEATHER_BOX_WORDS: up to MAX_WEATHER_BOX_LINES short lines between two of the box's temperatures ("Isparta 22°C" /
# "Az Bulutlu" / "Isparta" / "22°C": the sky and the town) are the box's, in any language: up to MAX_WEATHER_BOX_WORDS
# words, no figure, no sentence.
MAX_WEATHER_BOX_LINES = 2
MAX_WEATHER_BOX_WORDS = 3


def weather_headings(cands: list[Candidate]) -> None:
    for above, cand in zip(cands, cands[1:], strict=False):
        if cand.rule == WEATHER_WIDGET and not above.forced and above.rule is None and WEATHER_HEADING.match(above.text.strip()):
            above.rule = WEATHER_WIDGET
    temperatures = [i for i, cand in enumerate(cands) if cand.rule == WEATHER_WIDGET]
    for start, end in zip(temperatures, temperatures[1:], strict=False):
        between = cands[start + 1 : end]
        if 0 < len(between) <= MAX_WEATHER_BOX_LINES and all(
            c.rule is None
            and not c.forced
            and len(c.text.split()) <= MAX_WEATHER_BOX_WORDS
            and not any(ch.isdigit() for ch in c.text)
            and not ends_sentence(c.text)
            for c in between
        ):
            for c in between:
                c.rule = WEATHER_WIDGET


# DATE_ARCHIVE_RUN: MIN_DATE_ARCHIVE_RUN or more lines in a row (dropped lines between aside), each a different date
# alone ("4 травня" / "1 травня" / "30 квітня" / "29 квітня"), are an archive's or a calendar's links, never the
# article's date line (an article prints its date once, or its dates with words).
MIN_DATE_ARCHIVE_RUN = 4


def date_archive_runs(cands: list[Candidate], date_alone: Callable[[str], str | None]) -> None:
    run: list[tuple[Candidate, str]] = []
    for cand in [*cands, None]:
        if cand is not None and cand.dropped:
            continue
        value = date_alone(cand.text) if cand is not None and not cand.forced and cand.words <= MAX_STAMP_WORDS else None
        if cand is not None and value is not None:
            run.append((cand, value))
            continue
        if len({value for _, value in run}) >= MIN_DATE_ARCHIVE_RUN:
            for item, _ in run:
                item.rule = NAV_LABEL
        run = []


# RANKED_TWINS: a ranked list of other stories prints each item's number and headline, then the headline again as its
# link ("1. Harbour festival draws record crowds" / "Harbour festival draws record crowds", the last one maybe cut):
# MIN_RANKED_TWINS such pairs or more are the list's, never the article's.
RANKED_ITEM = re.compile(r"^\d{1,2}[.)]\s*+(?P<text>\S.*)$")
MIN_RANKED_TWINS = 2
MIN_CUT_TWIN_CHARS = 10


# SOURCE_UNDER_EACH_ITEM: a list of other stories prints each headline, then its source ("Example headline" / "Kyodo -"
# / "Other headline" / "Kyodo -" ...): the same short line MIN_SOURCED_ITEMS times or more, each time under one other
# line that ends no sentence, is the list's, and so are the headlines between (the article's own text is not set out so).
MIN_SOURCED_ITEMS = 3
MAX_SOURCE_LINE_WORDS = 3
# FIELDS_UNDER_EACH_ITEM: an event list's fields ("Date: Monday, January 13" / "Time: 6:30 p.m.", again under each
# place) pair the same way, but a field's label and colon open both lines: the article's own list, no source's.
LABELLED_FIELD = re.compile(r"^[A-Z][\w'’]*+(?: [\w'’]+)?\s?:\s?\S")


# ITEM_AFTER_ITEM: in such a list each headline follows the source line of the one before (any source printed twice or
# more); all but the first pair so, or the lines are no such list: a results list's group labels ("GIRLS" / a score /
# a score / "BOYS" / ...) stand over several lines each, and the article's list keeps them.


def source_under_each_item(cands: list[Candidate]) -> None:
    kept = [c for c in cands if not c.dropped]
    keys = Counter(c.key.strip(" -–—|") for c in kept if 0 < c.words <= MAX_SOURCE_LINE_WORDS)
    sources = {key for key, count in keys.items() if count >= 2}
    for key, count in keys.items():
        if count < MIN_SOURCED_ITEMS or not key:
            continue
        at = [
            i
            for i, cand in enumerate(kept)
            if i > 0
            and cand.key.strip(" -–—|") == key
            and kept[i - 1].key.strip(" -–—|") != key
            and not ends_sentence(kept[i - 1].text)
            and not (LABELLED_FIELD.match(cand.text.strip()) and LABELLED_FIELD.match(kept[i - 1].text.strip()))
        ]
        pairs = [(kept[i - 1], kept[i]) for i in at]
        chained = sum(
            1 for i in at if i > 1 and kept[i - 2].words <= MAX_SOURCE_LINE_WORDS and kept[i - 2].key.strip(" -–—|") in sources
        )
        if len(pairs) >= MIN_SOURCED_ITEMS and chained >= len(pairs) - 1:  # (ITEM_AFTER_ITEM)
            for item, source in pairs:
                for cand in (item, source):
                    if not cand.forced:
                        cand.rule = RELATED_HEADLINE


# REPEATED_FRAGMENT: one short word in lower case alone on a line, printed MIN_FRAGMENT_REPEATS times or more between
# the paragraphs ("ree", what is left of an image's label each time): a template's leftover, never the article's word.
FRAGMENT = re.compile(r"^[a-z]{1,5}$")
MIN_FRAGMENT_REPEATS = 3


def repeated_fragments(cands: list[Candidate]) -> None:
    counts = Counter(c.text.strip() for c in cands if not c.dropped and FRAGMENT.match(c.text.strip()))
    for cand in cands:
        if not cand.dropped and not cand.forced and counts.get(cand.text.strip(), 0) >= MIN_FRAGMENT_REPEATS:
            cand.rule = ICON_TEXT


def ranked_twins(cands: list[Candidate]) -> None:
    pairs = []
    for item, link in itertools.pairwise(c for c in cands if not c.dropped):
        ranked = RANKED_ITEM.match(item.text.strip())
        text, linked = (ranked["text"].strip(), link.text.strip()) if ranked else ("", "")
        if text and (linked == text or (len(linked) >= MIN_CUT_TWIN_CHARS and text.startswith(linked))):
            pairs.append((item, link))
    if len(pairs) >= MIN_RANKED_TWINS:
        for item, link in pairs:
            for cand in (item, link):
                if not cand.forced:
                    cand.rule = RELATED_HEADLINE


# DATE_RANGE: a line of two dates joined as an event's first and last day, "from ... to ..." in the page's language
# ("Del Viernes, 16 de Enero de 2026 al Domingo, 18 de Enero de 2026", "Du 3 au 5 mai 2024" has no first date and
# stays), is an agenda's item: never the headline nor the page's date. A line of one date is read as a date line.
# AGENDA_BETWEEN_RANGES: short dated lines between two such ranges ("Día Jueves, 22 de Enero de 2026") are the agenda's
# other items, and so are those right under the last of MIN_AGENDA_RANGES ranges or more.
DATE_RANGE = re.compile(
    r"^(?:from|del|desde(?: el)?|du|vom|von|dal|da|de|od|от|з|с)\s++(?P<start>.{4,60}?)\s+"
    r"(?:to|until|till|al|hasta(?: el)?|au|bis(?: zum)?|zum|a|ao|até|do|до|по)\s++(?P<end>.{4,60})$",
    re.I,
)
MAX_DATE_RANGE_WORDS = 20
MAX_AGENDA_DAY_WORDS = 8
MIN_AGENDA_RANGES = 2


def date_ranges(cands: list[Candidate], date_alone: Callable[[str], str | None], dated: Callable[[str], object]) -> None:
    ranges = []
    for i, cand in enumerate(cands):
        if cand.dropped or cand.forced or cand.words > MAX_DATE_RANGE_WORDS:
            continue
        found = DATE_RANGE.match(cand.text.strip())
        if found and date_alone(found["start"].strip(" ,")) and date_alone(found["end"].strip(" ,.")):
            cand.rule = EVENT_DATES
            ranges.append(i)

    def agenda_day(cand: Candidate) -> bool:
        return not cand.forced and cand.words <= MAX_AGENDA_DAY_WORDS and dated(cand.text) is not None

    for start, end in itertools.pairwise(ranges):
        between = [c for c in cands[start + 1 : end] if not c.dropped]
        if all(agenda_day(c) for c in between):
            for cand in between:
                cand.rule = EVENT_DATES  # AGENDA_BETWEEN_RANGES
    if len(ranges) >= MIN_AGENDA_RANGES:
        for cand in itertools.takewhile(agenda_day, (c for c in cands[ranges[-1] + 1 :] if not c.dropped)):
            cand.rule = EVENT_DATES


# TIMED_HEADLINE_LIST: a "latest news" list prints each story's headline with its age after a dash ("Five killed in
# crash - 2 hours ago", "Markets rally – about 1 hour ago"): MIN_TIMED_HEADLINES such lines on a page are other stories'
# headlines, never the article's (the title is not chosen among them).
TIMED_HEADLINE = re.compile(
    r"(?<=\S)\s[-–—|]\s(?:about |over |nearly )?(?:an?|\d{1,3}) ?(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?) ago$", re.I
)
MIN_TIMED_HEADLINES = 2
MAX_TIMED_HEADLINE_WORDS = 30


# DATED_HEADLINE_TAIL: ... or with its date and time after the dash ("Castelo atrai turistas - 22 de novembro de 2024
# 12:01 pm"): the part after the line's last dash, of at most MAX_DATE_TAIL_WORDS words, is a date line alone.
MAX_DATE_TAIL_WORDS = 8  # ("22 de novembro de 2024 12:01 pm": seven)
HEADLINE_TAIL_DASH = re.compile(r"(?<=\S)\s[-–—|]\s(?=[^-–—|]*$)")
# (DATE_RANGE_NO_STAMP: a date before the dash too, "Installation of kerbs – 09/01/2023 – 13/01/2023", is a range of
# days the article gives, a works notice's; no other story's stamp)
DATE_BEFORE_THE_DASH = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s*+$")


def _dated_tail(cand: Candidate, date_alone: Callable[[str], object]) -> bool:
    dash = HEADLINE_TAIL_DASH.search(cand.text)
    if dash is None:
        return False
    head, tail = cand.text[: dash.start()], cand.text[dash.end() :]
    if DATE_BEFORE_THE_DASH.search(head) or date_alone(head.split()[-1] if head.split() else "") is not None:
        return False  # DATE_RANGE_NO_STAMP
    return len(tail.split()) <= MAX_DATE_TAIL_WORDS and headline_shaped(head.lstrip("-–— ")) and date_alone(tail) is not None


def timed_headline_lists(cands: list[Candidate], date_alone: Callable[[str], object]) -> None:
    timed = [
        c
        for c in cands
        if not c.dropped
        and not c.forced
        and c.words <= MAX_TIMED_HEADLINE_WORDS
        and ((" ago" in c.text and TIMED_HEADLINE.search(c.text)) or _dated_tail(c, date_alone))
    ]
    if len({c.key for c in timed}) >= MIN_TIMED_HEADLINES:
        for cand in timed:
            cand.rule = RELATED_HEADLINE


def dated_headline_lists(cands: list[Candidate], parse_date) -> None:
    first = first_sentence(cands)
    if first == len(cands):
        return

    # the page's own headline printed again with its date (a gallery's captions) is no other story's
    head_keys = {c.key for c in cands[: first + 1]}

    def kind(cand: Candidate) -> str:
        if cand.dropped:
            return "S" if cand.rule == TIMESTAMP else ""
        if cand.forced or cand.key in head_keys:
            return "X"
        if cand.words <= MAX_STAMP_WORDS and parse_date(cand.text) is not None:
            return "S"
        return "H" if headline_shaped(cand.text) and cand.words >= 3 else "X"

    run: list[tuple[Candidate, str]] = []

    def close() -> None:
        heads = [c for c, k in run if k == "H"]
        stamps = [c for c, k in run if k == "S"]
        if len(heads) >= MIN_DATED_HEADLINES and len(stamps) >= MIN_DATED_HEADLINES:
            for cand, _ in run:
                if not cand.dropped:
                    cand.rule = PROMO_BLOCK
        run.clear()

    for cand in cands[first + 1 :]:
        k = kind(cand)
        if not k:
            continue  # other furniture, dropped already, does not break a list
        if k == "X" or (run and run[-1][1] == k):
            close()
        if k != "X":
            run.append((cand, k))
    close()


# DATED_CARDS_TO_THE_END: the page's last lines, below the article's first sentence, made only of other stories' cards:
# each card one or more headline-shaped lines (a picture's text, a source, a rubric, the headline) right above its date
# alone, maybe a teaser under it ("Acme Corporation" / "Plant Operations" / "Acme expands its plant" / "March 7, 2022" /
# "Learn about ..."). MIN_DATED_CARDS such cards, and no more than MAX_TEASERS_PER_CARD teasers under any date: a list
# of other stories ends the page. An article's timeline ("March 7, 2022" / "The company was founded ...") has no
# headline over its dates; an article printed again under the list has more paragraphs under its date.
MIN_DATED_CARDS = 3
MAX_TEASERS_PER_CARD = 2


# JSON_BLOCK: a page's structured data printed as text, one field or value a line ('"authors": [', '"Example Center",',
# '],', '}'): MIN_JSON_LINES such lines in a row, a key and a bracket among them, are code, whatever words their strings
# hold. A closing bracket with a caption's credit glued after it ('}Source: Example') ends the block too.
_JSON_STRING = r'"(?:[^"\\]|\\.)*+"'
JSON_LINE = re.compile(
    rf"^(?:{_JSON_STRING}\s*+(?::\s*+(?:{_JSON_STRING}|\[\]|\{{\}}|\[|\{{|-?\d+(?:\.\d+)?|true|false|null))?\s*+,?|[\[\]{{}}]\s*+,?)$"
)
JSON_CLOSE_GLUED = re.compile(r"^[\]}]\S")
JSON_KEY = re.compile(rf"^{_JSON_STRING}\s*+:")
MIN_JSON_LINES = 3


def json_blocks(cands: list[Candidate]) -> None:
    run: list[Candidate] = []
    for cand in [*cands, None]:
        text = cand.text.strip() if cand is not None else ""
        if cand is not None and not cand.forced and (JSON_LINE.match(text) or (run and JSON_CLOSE_GLUED.match(text))):
            run.append(cand)
            continue
        # (a field's key and a bracket among them: three quoted paragraphs in a row are an interview's, not code)
        texts = [item.text.strip() for item in run]
        keyed = any(JSON_KEY.match(text) for text in texts) and any(text[:1] in "[]{}" for text in texts)
        if len(run) >= MIN_JSON_LINES and keyed:
            for item in run:
                if not item.dropped:
                    item.rule = CODE_LINE
        run = []


# GLUED_CARDS: other stories' cards whose headline and teaser the copy ran together, the teaser's first word glued to
# the headline's last ("... during October heatwaveWhile the leaves may be falling ..."): MIN_GLUED_CARDS such lines or
# more under the article's first sentence. One such line may be a paragraph with a lost space.
# (the headline's last word in small letters, four or more: "McDonald", "TikTok", "BridgeTower" are names)
GLUED_CARD_JOIN = re.compile(r"(?<![^\W\d_])(?=[a-z]{4,}[A-Z][a-z]{0,12} )[a-z]+(?=[A-Z])")
MIN_GLUED_CARDS = 2


def _glued_card(text: str) -> bool:
    joins = [m.end() for m in GLUED_CARD_JOIN.finditer(text) if " " in text[: m.start()]]
    if len(joins) != 1:
        return False
    headline, teaser = text[: joins[0]], text[joins[0] :]
    return 4 <= len(headline.split()) <= 25 and headline_shaped(headline) and len(teaser.split()) >= 6


def glued_cards(cands: list[Candidate]) -> None:
    first = first_sentence(cands)
    cards = [c for c in cands[first + 1 :] if not c.dropped and not c.forced and _glued_card(c.text)]
    if len(cards) >= MIN_GLUED_CARDS:
        for cand in cards:
            cand.rule = TEASER


def dated_cards_to_the_end(cands: list[Candidate], parse_date) -> None:
    first = first_sentence(cands)
    rest = [c for c in cands[first + 1 :] if not c.dropped]

    def kind(cand: Candidate) -> str:
        if cand.forced:
            return "X"
        if cand.words <= MAX_STAMP_WORDS and parse_date(cand.text) is not None:
            return "S"
        if headline_shaped(cand.text):
            return "H"
        return "T" if cand.words <= MAX_TEASER_WORDS else "X"

    kinds = [kind(c) for c in rest]
    start = len(kinds)
    while start > 0 and kinds[start - 1] != "X":
        start -= 1
    # the list opens with its first card's headlines: what stands above them is the article's
    cards = [k for k in range(start + 1, len(kinds)) if kinds[k] == "S" and kinds[k - 1] == "H"]
    if len(cards) < MIN_DATED_CARDS:
        return
    opening = cards[0]
    while opening > start and kinds[opening - 1] == "H":
        opening -= 1
    under_each_date = "".join(kinds[cards[0] + 1 :]).split("S")
    if any(part.count("T") > MAX_TEASERS_PER_CARD for part in under_each_date):
        return
    for cand in rest[opening:]:
        cand.rule = PROMO_BLOCK


# HEAD_STAMPED_LIST: above the article's first sentence, a "latest news" column printed as pairs of a stamp and a
# headline ("17:33 01 January" / "Police stop a drunk Santa ..." / "16:29 01 January" / ...): MIN_HEAD_LIST_PAIRS pairs
# or more in a row whose stamps have one shape (digits and words in the same places) are other stories. The article's
# own date line, of another shape ("01 January 2026, 20:39"), and the headline under it stay.
MIN_HEAD_LIST_PAIRS = 3
CLOCK_ALONE = re.compile(r"^\d{1,2}:\d{2}$")
SHAPE_DIGITS = re.compile(r"\d")
SHAPE_WORDS = re.compile(r"[^\W\d_]+")


def _stamp_shape(text: str) -> str:
    return " ".join(SHAPE_WORDS.sub("a", SHAPE_DIGITS.sub("0", text)).split())


def head_stamped_lists(cands: list[Candidate], dated: Callable[[str], object]) -> None:
    """HEAD_STAMPED_LIST (above)."""
    first = first_sentence(cands)
    head = [c for c in cands[:first] if not c.dropped and not c.forced]

    def stamp(cand: Candidate) -> bool:
        text = cand.text.strip()
        return cand.words <= MAX_STAMP_WORDS and (bool(CLOCK_ALONE.match(text)) or dated(text) is not None)

    pairs: list[tuple[Candidate, Candidate]] = []
    at = 0
    while at + 1 < len(head):
        one, two = head[at], head[at + 1]
        if stamp(one) and not stamp(two) and two.words >= 3 and headline_shaped(two.text):
            if pairs and (pairs[-1][1] is not head[at - 1] or _stamp_shape(pairs[-1][0].text) != _stamp_shape(one.text)):
                _drop_pairs(pairs)
                pairs = []
            pairs.append((one, two))
            at += 2
            continue
        _drop_pairs(pairs)
        pairs = []
        at += 1
    _drop_pairs(pairs)


def _drop_pairs(pairs: list[tuple[Candidate, Candidate]]) -> None:
    if len(pairs) >= MIN_HEAD_LIST_PAIRS:
        for one, two in pairs:
            one.rule = two.rule = PROMO_BLOCK


# LOWER_CASE_HEAD_LABELS: above the article's first sentence, a line of MIN..MAX_LOWER_LABEL_WORDS words all in lower
# case, from its first letter to its last, no punctuation at either end ("incendio example", "quartos apartamentos example foto jc"), is a picture's
# alternative text or a tag: headlines and decks are capitalised, and a sentence broken there ends in a word with a comma.
MIN_LOWER_LABEL_WORDS = 2
MAX_LOWER_LABEL_WORDS = 6
MIN_WRAPPED_LABEL_WORDS = 4
JOINING_WORDS_AT_A_WRAP = frozenset("and or of the a an to that which with for on".split())


def _lower_case_label(cand: Candidate) -> bool:
    text = cand.text.strip()
    cased = [ch for ch in text if ch.isalpha() and ch.lower() != ch.upper()]
    return (
        MIN_LOWER_LABEL_WORDS <= cand.words <= MAX_LOWER_LABEL_WORDS
        and bool(cased)
        and all(ch.islower() for ch in cased)
        and text[:1].isalpha()
        and text[-1:].isalnum()
        and not any(ch.isdigit() for ch in text)  # (a date line: "17:33 01 січня")
        # (WRAPPED_AT_A_JOINING_WORD: a line of hard-wrapped text stops at "and" or "based on", where no label ends)
        and not (cand.words >= MIN_WRAPPED_LABEL_WORDS and text.split()[-1] in JOINING_WORDS_AT_A_WRAP)
    )


def _runs_on(cand: Candidate) -> bool:
    """A line of hard-wrapped text: it ends with a comma, or holds a sentence's end and the next one's start."""
    return cand.text.rstrip().endswith((",", "،", "，")) or bool(INNER_SENTENCE_BREAK.search(cand.text))


INNER_SENTENCE_BREAK = re.compile(r"[^\W\d_][.!?]\s+[^\W\d_]")


MIN_WRAPPED_THROUGH_JOINS = 2


def lower_case_head_labels(cands: list[Candidate]) -> None:
    """LOWER_CASE_HEAD_LABELS (above); not a line of hard-wrapped text, whose neighbour runs on into it or out of it."""
    head_end = first_sentence(cands)
    alive = [c for c in cands[:head_end] if not c.dropped]
    after_the_head = next((c for c in cands[head_end:] if not c.dropped), None)
    for i, cand in enumerate(alive):
        if cand.forced or cand.role is not None or not _lower_case_label(cand):
            continue
        neighbours = [alive[j] for j in (i - 1, i + 1) if 0 <= j < len(alive)]
        # (WRAPPED_THROUGH: the line above stops mid-sentence on a letter, the line below, the first sentence's maybe,
        # goes on in small letters, and the line's own words hold a sentence's small words, MIN_WRAPPED_THROUGH_JOINS of
        # them: "Area residents are" / "being asked to have heightened awareness" / "to the possibility of more cases";
        # a picture's alt text set between, "harbour fire example photo", has none)
        below = alive[i + 1] if i + 1 < len(alive) else after_the_head
        joins = sum(1 for word in cand.text.split() if word in STOPWORDS)
        through = i > 0 and alive[i - 1].text.rstrip()[-1:].isalpha() and below is not None and below.text[:1].islower()
        through = through and joins >= MIN_WRAPPED_THROUGH_JOINS
        # (CUT_WRAPPED_LAST_LINE: the page's last line, cut by the copy, under a line that stops on a small word, goes on
        # from it: "confidence in the military field and mutually" / "reduce troops in the bord")
        word_above = alive[i - 1].text.split()[-1:] if i > 0 else []
        small_word_above = bool(word_above) and word_above[0].isalpha() and word_above[0].islower()
        cut_last = cand is cands[-1] and joins >= 1 and small_word_above
        if not any(_runs_on(n) for n in neighbours) and not through and not cut_last:
            cand.rule = NAV_LABEL


# CUT_TO_ONE_LENGTH: other stories' teasers cut by the site at a fixed number of characters, mid-word ("Virat Kohli on
# Monday decided to withdraw from the first two T"): MIN_SAME_LENGTH_CUTS lines or more of exactly one length (of
# MIN_CUT_LENGTH characters or more), none ending a sentence nor bulleted, with the lines between them no longer and none
# ending a sentence either, are such a list; no article's paragraphs come out at one length.
MIN_SAME_LENGTH_CUTS = 3
MIN_CUT_LENGTH = 40


def same_length_cuts(cands: list[Candidate]) -> None:
    """CUT_TO_ONE_LENGTH (above)."""
    alive = [c for c in cands if not c.dropped and not c.forced]
    # (each text once: a headline printed three times is one length thrice; a list's bullets are the article's points)
    unfinished = {c.key: c for c in alive if len(c.text) >= MIN_CUT_LENGTH and not ends_sentence(c.text) and not c.bullet}
    lengths = Counter(len(c.text) for c in unfinished.values())
    for length, count in lengths.items():
        if count < MIN_SAME_LENGTH_CUTS:
            continue
        at = [i for i, c in enumerate(alive) if len(c.text) == length and not ends_sentence(c.text)]
        span = alive[at[0] : at[-1] + 1]
        # (WRAPPED_AT_ONE_WIDTH: a hard-wrapped paragraph's lines come out near one length too, and go on in lower case
        # from each other; a teaser opens with a capital)
        if any(c.text[:1].islower() for c in span):
            continue
        if all(len(c.text) <= length and not ends_sentence(c.text) and not c.bullet for c in span):
            for cand in span:
                cand.rule = TEASER


# HEAD_CARD_RUN: above the article, other stories' cards, each a headline and its one-sentence teaser ("Example Corp's
# revenue up 40 percent" / "Robust demand is behind the surge." / ...), MIN_HEAD_CARDS of them in a row, then a headline
# over a paragraph longer than every teaser: the cards are a carousel; the headline and the article under it stay.
MIN_HEAD_CARDS = 3
MAX_CARD_TEASER_WORDS = 25
MAX_CARD_HEADLINE_WORDS = 14


def _card_headline(cand: Candidate) -> bool:
    # (EXCLAIMED_CARD_HEADLINE: a headline may end with "!" or "?", "Tax shock in Karow: pensioners pay twelve times more!")
    exclaimed = cand.text.rstrip().endswith(("!", "?"))
    return 3 <= cand.words <= MAX_CARD_HEADLINE_WORDS and (
        exclaimed or (not ends_sentence(cand.text) and headline_shaped(cand.text))
    )


def head_card_runs(cands: list[Candidate]) -> None:
    """HEAD_CARD_RUN (above)."""
    alive = [c for c in cands if not c.dropped and not c.forced]
    long_at = next((i for i, c in enumerate(alive) if c.words > MAX_CARD_TEASER_WORDS), len(alive))
    at = 0
    while at < long_at:
        end = at
        while (
            end + 1 < long_at
            and _card_headline(alive[end])
            and ends_sentence(alive[end + 1].text)
            and not _card_headline(alive[end + 1])  # (the teaser is no headline ending with "!": the pairs stay aligned)
            # (WRAPPED_NO_CARD: a "teaser" going on in small letters is the rest of the sentence the line above began, a
            # hard-wrapped paragraph's: "India is looking to secure supply for its growing gas demand" / "by importing ...")
            and not alive[end + 1].text[:1].islower()
        ):
            end += 2
        # (the run's last pair may be the article's own headline and standfirst: the cards end where the headline
        # over a longer text begins)
        for cut in (end, end - 2):
            follows = alive[cut : cut + 2]
            longest_teaser = max((c.words for c in alive[at + 1 : cut : 2]), default=0)
            article_below = len(follows) == 2 and _card_headline(follows[0]) and follows[1].words > longest_teaser
            if (cut - at) // 2 >= MIN_HEAD_CARDS and article_below:
                for cand in alive[at:cut]:
                    cand.rule = PROMO_BLOCK
                return
        at = end + 1 if end > at else at + 1


# RELATED_BULLETS: links to other stories set in the text as a bulleted list ("– Premier League recap: Palace shock
# Liverpool", "– Dawson: Struggling Brentford deepen the malaise", ...): MIN_RELATED_BULLETS bulleted headlines or more
# in a row, each of MIN_RELATED_BULLET_WORDS words or more and no sentence, at least two of them opening with a topic
# or a writer's name and a colon. An article's own bullets are sentences, or short items without such a topic.
MIN_RELATED_BULLETS = 3
MIN_RELATED_BULLET_WORDS = 5
TOPIC_COLON = re.compile(r"^[^\W\d_][^:]{0,40}:\s")


# DANGLING_SOURCE_RUN: links to other stories whose source after a dash the copy lost ("Headline (Show) -", "Headline
# [Official] -"): MIN_DANGLING_LINKS lines or more in a row, each ending with a spaced dash.
MIN_DANGLING_LINKS = 3


def _runs(cands: list[Candidate], member: Callable[[Candidate], bool]) -> list[list[Candidate]]:
    """The runs of kept lines in a row that are members (dropped lines between them do not break a run)."""
    runs: list[list[Candidate]] = [[]]
    for cand in cands:
        if cand.dropped:
            continue
        if not cand.forced and member(cand):
            runs[-1].append(cand)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


def _drop_runs(runs: list[list[Candidate]], enough: Callable[[list[Candidate]], bool]) -> None:
    for run in runs:
        if enough(run):
            for cand in run:
                cand.rule = PROMO_BLOCK


def dangling_source_runs(cands: list[Candidate]) -> None:
    dangling = _runs(cands, lambda c: c.words >= 3 and c.text.rstrip().endswith((" -", " –", " —")))
    _drop_runs(dangling, lambda run: len(run) >= MIN_DANGLING_LINKS)


# (RESULT_ITEMS: a results list's items, a prize and its winner's name after the colon, "Champion senior showman: Jane
# Roe", have a name, not a headline, after their colon)
NAME_AFTER_THE_COLON = re.compile(r"^[^:]{1,60}:\s(?:[A-Z][\w'’.-]*+\s?){1,4}$")


# (CONTACT_ITEMS: a contacts list's items, an office and its telephone number after the colon, "Harbour County Public
# Health: (555) 397-8021", are the article's list of whom to call, no links to stories)
NUMBER_AFTER_THE_COLON = re.compile(r":\s\+?\(?\d[\d\s().-]{5,20}\d$")


def related_bullets(cands: list[Candidate]) -> None:
    def bulleted_headline(c: Candidate) -> bool:
        return (
            c.bullet
            and c.words >= MIN_RELATED_BULLET_WORDS
            and headline_shaped(c.text)
            and not NUMBER_AFTER_THE_COLON.search(c.text)
        )

    if not any(len(run) >= MIN_RELATED_BULLETS for run in _runs(cands, bulleted_headline)):
        return
    listed = announced_items(cands)  # (ANNOUNCED_LIST_NO_CARDS: a list under its announcing sentence is the text's)
    bullets = _runs(cands, lambda c: bulleted_headline(c) and id(c) not in listed)

    def topics(run: list[Candidate]) -> int:
        return sum(bool(TOPIC_COLON.match(c.text)) and not NAME_AFTER_THE_COLON.match(c.text) for c in run)

    _drop_runs(bullets, lambda run: len(run) >= MIN_RELATED_BULLETS and topics(run) >= 2)


# TRAILING_BULLETED_HEADLINES: the page's last lines a run of MIN_TRAILING_BULLETS bulleted headlines or more ("- Harbour
# festival draws a record crowd" / "- Ferry service resumes" ...), with no label over them, most of them (at least
# OFF_TOPIC_BULLETS_SHARE) using at most OFF_TOPIC_BULLET_STEMS of their content words in the article: other stories'
# links under the text. The article's own closing list is about the article, and uses its words.
MIN_TRAILING_BULLETS = 4
OFF_TOPIC_BULLETS_SHARE = 0.75
OFF_TOPIC_BULLET_STEMS = 0.25


def trailing_bulleted_headlines(cands: list[Candidate]) -> None:
    kept = [c for c in cands if not c.dropped]
    run = list(itertools.takewhile(lambda c: c.bullet and not c.forced and c.words >= MIN_RELATED_BULLET_WORDS, reversed(kept)))
    if len(run) < MIN_TRAILING_BULLETS or not all(headline_shaped(c.text) for c in run):
        return
    words = words_of([c.text for c in kept[: len(kept) - len(run)] if c.words > LONG_SENTENCE_WORDS])
    if not words:
        return

    def off_topic(cand: Candidate) -> bool:
        stems = content_stems(cand.text)
        return bool(stems) and sum(uses_stem(stem, words) for stem in stems) <= OFF_TOPIC_BULLET_STEMS * len(stems)

    # ECHOED_ITEM: an item of the run (or a copy the repeats' rule took from it) printed alone higher up, between the
    # paragraphs ("Harbour reports a measles case" there, "- Harbour reports a measles case" in the list): the list is
    # of links, on the article's subject as they may be, and so is the copy above
    start = cands.index(run[-1])
    keys = {c.key for c in cands[start:] if c.bullet and c.key}
    echoes = [c for c in cands[:start] if not c.bullet and c.key in keys and not c.forced and c.role is None]
    if echoes or sum(off_topic(c) for c in run) >= OFF_TOPIC_BULLETS_SHARE * len(run):
        for cand in [*run, *echoes]:
            cand.rule = RELATED_HEADLINE


# FIRST_PUBLISHED_STAMP: the page's own stamp under its article ("First Published: Jul 02 2016 | 10:28 PM IST") ends a
# block of other stories above it: their dates carry no "first published" label. So does the wire's credit of its
# writers ("Reporting by Jane Roe; Editing by John Doe"): other stories' cards carry none.
FIRST_PUBLISHED_STAMP = re.compile(
    r"^(?i:first published|originally published)\s?:?\s?(?:on\s)?\w|^(?:Reporting|Additional reporting|Writing) by [A-Z]"
)


# LABEL_CUT_AT_THE_END: the page's last line, the start of a list's or a control's label that the copy cut off ("Related
# arti", "Berita Lainny"): that label. At least MIN_CUT_LABEL_CHARS characters of it, cut inside a word, and a line of
# its own at the very end (a cut sentence of the article is longer, and its words are no label's start).
MIN_CUT_LABEL_CHARS = 6
MAX_CUT_LABEL_WORDS = 3


@functools.cache
def _labels_in_order() -> tuple[str, ...]:
    return tuple(sorted({*PROMO_LABELS, *FOREIGN_PROMO_LABELS, *MORE_LIST_LABELS, *EXACT_LABEL_RULES}))


def label_cut_at_the_end(cands: list[Candidate]) -> None:
    last = cands[-1] if cands else None
    if last is None or last.dropped or last.forced or last.words > MAX_CUT_LABEL_WORDS or len(last.key) < MIN_CUT_LABEL_CHARS:
        return
    labels = _labels_in_order()
    at = bisect.bisect_right(labels, last.key)
    # (cut inside a word: a line ending where a label's word ends, "Share this", may be the article's own)
    if at < len(labels) and labels[at].startswith(last.key) and labels[at][len(last.key) : len(last.key) + 1].isalpha():
        last.rule = EXACT_LABEL_RULES.get(labels[at], PROMO_BLOCK)


# TOPIC_LABEL_WITH_COLON: "more" stories and where they come from, with its colon ("More articles on clinical leadership
# & infection control:", "More stories from Harbour:"), heads a block of headlines as a named label does ("Related
# stories:"). Other labels with a colon lead in to one link (READ_MORE); "Top stories from the region:" may open the
# article's own list.
def _colon_block_label(key: str) -> bool:
    return _named_label(key) or (key.startswith("more ") and bool(PROMO_LABEL_FROM.match(key)))


def promo_blocks(cands: list[Candidate], parse_date) -> None:
    """PROMO_BLOCK: a label ("Must Read", "Most Popular", "Related Articles") and the headlines, teasers ("..."),
    rubrics and dates under it. The block ends at the first full sentence that is not a teaser: when unsure, keep."""
    # Above the article's first long sentence the lines under a label may be the headline: the label goes alone.
    head_end = first_sentence(cands)
    paragraph_below: list[bool] | None = None  # (PACKED_BOX: computed once, when a label needs it)
    i = 0
    while i < len(cands):
        cand = cands[i]
        if (
            cand.forced
            or cand.words > 8
            or not is_promo_label(cand.key)
            or (cand.text.rstrip().endswith(":") and (cand.dropped or not _colon_block_label(cand.key)))
        ):
            i += 1
            continue
        cand.rule = PROMO_BLOCK
        if i < head_end:
            i += 1
            continue
        block: list[Candidate] = []
        stamped = False  # the line above was an item's time or date ...
        every_item_stamped = True  # ... as it was for every item so far (a list of items under their times)
        # CARD_CUT_AT_ITS_TEASER: once a card of the block has shown its teaser under its headline, the page's last line
        # under the next card's headline is that card's teaser cut by the copy, not the article's cut paragraph.
        cards_with_teasers = 0
        # PACKED_BOX: a label printed right above its first item (no blank line between) heads a box of links set in
        # among the page's spaced paragraphs: the box ends at its first blank line when the article goes on below (a
        # sub-heading over its paragraph, "Lesen Sie auch" / "<headline>" / "" / "<sub-heading>" / "" / "<paragraph>")
        box_end = cand.number
        if paragraph_below is None:
            paragraph_below = _spaced_paragraph_below(cands)
        packed = i + 1 < len(cands) and cands[i + 1].number == cand.number + 1 and paragraph_below[i + 2]
        j = i + 1
        while j < len(cands):
            nxt = cands[j]
            if packed and nxt.number > box_end + 1 and not BARE_RANK_ITEM.match(nxt.text):
                break  # (a ranked list's next item, "2 ...", goes on the box past its blank line)
            box_end = nxt.number
            if nxt.forced:
                j += 1
                continue
            if nxt.dropped:
                stamped = nxt.rule == TIMESTAMP
                j += 1
                continue
            # STAMPED_ITEMS: under the label, each item under its time ("14:11" / "A celebration took place ..."): the
            # list's teasers, full sentences as they are. Only in a list whose every item came under its time: a card's
            # time after its headline ("Storm closes the harbour" / "2 hours ago") stamps no sentence below it.
            stamped = stamped and every_item_stamped
            every_item_stamped = every_item_stamped and stamped
            teaser = promo_teasers(block, nxt, parse_date)
            cut_last = nxt is cands[-1] and nxt.words >= CUT_LAST_PARAGRAPH_WORDS and not TEASER_TAIL.search(nxt.text)
            # (the next rank of the block's ranked list, "5 ..." under "4 ...", is its item, cut or not)
            cut_last = cut_last and not (block and BARE_RANK_ITEM.match(block[-1].text) and BARE_RANK_ITEM.match(nxt.text))
            if cut_last and not (teaser and cards_with_teasers):
                break
            cards_with_teasers += teaser
            if FIRST_PUBLISHED_STAMP.match(nxt.text):
                break  # FIRST_PUBLISHED_STAMP
            # BULLETED_ITEMS_GO_ON: under the label, a list whose items so far (MIN_BULLETED_PROMO_ITEMS or more) each
            # opened with a bullet goes on while its lines do, headlines with their "!" or full stop among them
            bulleted = len(block) >= MIN_BULLETED_PROMO_ITEMS and all(c.bullet for c in block) and nxt.bullet
            bulleted = bulleted and nxt.words <= MAX_TEASER_WORDS
            if _promo_item(nxt.text) or parse_date(nxt.text) is not None or teaser or stamped or bulleted:
                stamped = parse_date(nxt.text) is not None
                nxt.rule = PROMO_BLOCK
                block.append(nxt)
                j += 1
                continue
            cards = _cards_to_the_end(cands, j, block) or _dated_cards_to_the_end(cands, j, parse_date)
            for card in cards:
                card.rule = PROMO_BLOCK
            j = len(cands) if cards else j
            break
        i = j


MIN_BULLETED_PROMO_ITEMS = 2


def _spaced_paragraph_below(cands: list[Candidate]) -> list[bool]:
    """PACKED_BOX: for each line, whether a long line (a paragraph, cut or whole) set apart by a blank line stands below
    it (one pass from the end: a page of many labels is read once)."""
    below = [False] * (len(cands) + 1)
    for k in range(len(cands) - 1, -1, -1):
        spaced = k > 0 and cands[k].number > cands[k - 1].number + 1 and cands[k].words >= PACKED_BOX_PARAGRAPH_WORDS
        below[k] = below[k + 1] or spaced
    return below


PACKED_BOX_PARAGRAPH_WORDS = 15


# CARDS_TO_THE_END: under a promo label, cards of a headline and its teaser (a sentence of at most MAX_TEASER_WORDS
# words), MIN_CARDS or more of them and nothing else down to the page's last line ("Te puede interesar" / headline /
# teaser / headline / teaser ...): the list of other stories ends the page. A label's list followed by anything else
# (the article going on: a sub-heading and its paragraphs) stays.
MIN_CARDS = 2


def _cards_to_the_end(cands: list[Candidate], start: int, block: list[Candidate]) -> list[Candidate]:
    rest = [c for c in cands[start:] if not c.dropped and not c.forced]
    # the block's last item may be the first card's headline, its teaser the line that ended the block
    want_teaser = bool(block) and headline_shaped(block[-1].text)
    cards = 0
    for k, cand in enumerate(rest):
        if want_teaser:
            last = k == len(rest) - 1
            if cand.words > MAX_TEASER_WORDS or (headline_shaped(cand.text) and not last):
                return []
            cards += 1
        elif not headline_shaped(cand.text):
            return []
        want_teaser = not want_teaser
    return rest if cards >= MIN_CARDS else []


# DATED_CARDS_TO_THE_END: under a promo label, the lines down to the page's last one in groups each closed by its date
# line ("Clinic opens in Example" / "The clinic will serve 5,000 veterans." / "October 28, 2022" / ...): MIN_CARDS or
# more groups of one to MAX_DATED_CARD_LINES lines, the page's last line a date: the list of other stories, each card
# over its date, teasers as long as they come. Anything else below (an undated paragraph last) stays.
MAX_DATED_CARD_LINES = 3


def _dated_cards_to_the_end(cands: list[Candidate], start: int, parse_date) -> list[Candidate]:
    rest = [c for c in cands[start:] if not c.dropped and not c.forced]
    groups = run = 0
    for cand in rest:
        if parse_date(cand.text) is None:
            run += 1
            continue
        if not 1 <= run <= MAX_DATED_CARD_LINES:
            return []
        groups, run = groups + 1, 0
    return rest if run == 0 and groups >= MIN_CARDS else []


# --- Words, for telling a sub-heading from another story's headline -----------------------------------------------

STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from as is are was were be been being it its this that these those
    after before over under into about than then so if not no yes up down out new says said say will would can could may
    might must shall should has have had do does did how why what when where who whom which while amid via per vs""".split()
)
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude stem, enough to match "projects"/"project", "promoted"/"promote" and "Russia's"/"Russian"/"Russia"."""
    word = word.lower().replace("’", "'")
    word = word.removesuffix("'s").removesuffix("'")
    if word.endswith("ians") and len(word) > 6:
        return word[:-2]
    if word.endswith("ian") and len(word) > 5:
        return word[:-1]
    for suffix in ("ing", "ed", "es", "e", "s"):
        if len(word) - len(suffix) >= 4 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def words_of(texts: list[str]) -> frozenset[str]:
    """The distinct lower-case words of many lines, in one scan."""
    return frozenset(WORD.findall(" ".join(texts).lower()))


def _forms(word_stem: str) -> list[str]:
    """The words stem() maps to this stem, as far as its rules go ("project" <- "projects", "russia" <- "russian's")."""
    bases = (word_stem, word_stem + "n", word_stem + "ns")
    endings = ("", "s", "es", "e", "ed", "ing")
    return [base + ending + mark for base in bases for ending in endings for mark in ("", "'s", "’s")]


def uses_stem(word_stem: str, words: frozenset[str], inflected: bool = False) -> bool:
    """Whether any of these words has this stem. Tries the few forms of the stem instead of stemming every word; a word
    of another alphabet by its head (INFLECTED_HEAD), any word when the text is in an inflecting language (inflected)."""
    if any(form in words and stem(form) == word_stem for form in _forms(word_stem)):
        return True
    if (word_stem.isascii() and not inflected) or len(word_stem) < MIN_INFLECTED_WORD_LETTERS:
        return False
    head = word_stem[: max(MIN_INFLECTED_WORD_LETTERS, math.ceil(INFLECTED_HEAD_SHARE * len(word_stem)))]
    return any(word.startswith(head) for word in words)


# INFLECTED_HEAD: stem() knows English endings only; a language that inflects its words ("Россию", "России"; "Путиным",
# "Путин"; "Präsidentin", "Präsident") keeps their head. A word of MIN_INFLECTED_WORD_LETTERS letters or more, not in
# plain ASCII, is used when another word opens with its first INFLECTED_HEAD_SHARE of letters (at least
# MIN_INFLECTED_WORD_LETTERS). (In English, and any ASCII word, heads join words that differ: "governor", "government".)
# (ASCII_INFLECTED: a language written in plain ASCII inflects too, Turkish "mahallede" / "Mahallesi": asked with
# inflected, as a headline's relevance is, the head is read on a page whose language is not English.)
MIN_INFLECTED_WORD_LETTERS = 5
INFLECTED_HEAD_SHARE = 0.7


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in WORD.findall(text.lower()) if w not in STOPWORDS and len(w) > 1}


# A sub-heading shares most of its words with the article around it; another story's headline does not.
HEADING_SHARED_MIN = 0.6
# ... and it brings at least this many words the article does not otherwise use (one or two new words prove nothing:
# a sub-heading such as "Next Steps in the Process" brings two).
HEADING_NOVEL_MIN = 3

# DEVELOPED_BELOW: a sub-heading is developed by the paragraph right under it: at least this many of its content words
# (stemmed) are used in that paragraph and in no other paragraph of the article ("Best Colleges Rankings" above "the
# rankings evaluate 1,500 colleges ..."): the line is the article's own, whatever its other words. Words the whole
# article uses prove nothing (another story's headline about the same countries shares them with every paragraph).
DEVELOPED_MIN_STEMS = 2


def paragraph_counts(paragraphs: list[str]) -> Counter[str]:
    """For each lower-case word, the number of paragraphs using it (for developed_below)."""
    counts: Counter[str] = Counter()
    for text in paragraphs:
        counts.update(set(WORD.findall(text.lower())))
    return counts


def developed_below(heading: str, paragraph: str, counts: Counter[str]) -> bool:
    """DEVELOPED_BELOW: DEVELOPED_MIN_STEMS of the heading's content words are used by the paragraph under it alone
    (counts: paragraph_counts of the article's paragraphs, this one among them)."""
    words = words_of([paragraph])
    local = 0
    for word_stem in content_stems(heading):
        forms = [form for form in _forms(word_stem) if stem(form) == word_stem]
        if any(form in words for form in forms) and not any(counts[form] > (form in words) for form in forms):
            local += 1
    return local >= DEVELOPED_MIN_STEMS


# SENTENCE_CONNECTIVE: a line opening with a connective adverb that needs a sentence before it ("Meanwhile ...",
# "However, ...") continues the article's text; no headline opens so.
SENTENCE_CONNECTIVES = frozenset(
    "meanwhile however moreover furthermore nevertheless nonetheless additionally likewise consequently therefore".split()
)


def opens_with_connective(text: str) -> bool:
    first = text.split(maxsplit=1)[0].strip(",;:").casefold() if text.split() else ""
    return first in SENTENCE_CONNECTIVES


# A teaser cut from the lead: among the first lines of the page, a sentence of at least NEAR_REPEAT_MIN_WORDS words
# whose words, in order and without a gap, are in a longer line at most NEAR_REPEAT_DISTANCE lines away ("Officials said
# the corridor would open..." above "Officials said the corridor would open in May."). The longer line is kept, so nothing
# the teaser says is lost. A standfirst that says the lead again in other words ("A suspect was arrested." above "Police
# arrested a suspect on Tuesday") is the article's own sentence: kept (dev and held-out labels call it body).
NEAR_REPEAT_WITHIN = 10
NEAR_REPEAT_MIN_WORDS = 8
NEAR_REPEAT_DISTANCE = 1


def _sentence_like(cand: Candidate) -> bool:
    return cand.words >= NEAR_REPEAT_MIN_WORDS and cand.text.rstrip(CLOSERS + " ").endswith((".", "!", "?", "…"))


def _cut_from(short: Candidate, long: Candidate) -> bool:
    """CUT_FROM_THE_LEAD: the shorter line's words are a run of the longer line's words (case and punctuation aside)."""
    mine = " ".join(WORD.findall(short.text.lower()))
    theirs = " ".join(WORD.findall(long.text.lower()))
    return bool(mine) and f" {mine} " in f" {theirs} "


# GLUED_REPEAT: the longer line is the shorter one with another line of the page glued to it, a byline or a caption
# ("By Jane Roe  Officials said ..." beside "By Jane Roe" and "Officials said ..."; "A rocket lifts off in 2010. A rocket
# launched ..." under the caption "A rocket lifts off in 2010"; an excerpt running on into the next paragraph's start):
# the glued copy goes and the lines stay, so again nothing is lost. The words before the shorter line's run, and those
# after it, are each another line: nearly the same words (GLUED_REPEAT_MIN_SHARE of the two together), or its start.
GLUED_REPEAT_MIN_SHARE = 0.8


def _printed_apart(long: Candidate, short: Candidate, cands: list[Candidate]) -> bool:
    """GLUED_REPEAT (above): the longer line's words before and after the shorter line's run are each another line of the
    page."""
    mine, theirs = WORD.findall(short.text.lower()), WORD.findall(long.text.lower())
    at = next((k for k in range(len(theirs) - len(mine) + 1) if theirs[k : k + len(mine)] == mine), None)
    if at is None:
        return False
    parts = [part for part in (theirs[:at], theirs[at + len(mine) :]) if part]
    if not parts:
        return False
    # (each line's words read once; not another copy of the shorter line glued to something: the two copies would each
    # be the other's cover, CUT_FROM_THE_LEAD's test on the words already read)
    run = f" {' '.join(mine)} "
    others = (WORD.findall(c.text.lower()) for c in cands if c is not long and c is not short)
    lines = [words for words in others if run not in f" {' '.join(words)} "]
    return all(any(_covers(words, part) for words in lines) for part in parts)


def _covers(line: list[str], part: list[str]) -> bool:
    """The line is the part again: nearly the same words (GLUED_REPEAT_MIN_SHARE of both together), or the part is the
    line's start (an excerpt cut off)."""
    if not line:
        return False
    same, both = set(line) & set(part), set(line) | set(part)
    return len(same) >= GLUED_REPEAT_MIN_SHARE * len(both) or (len(part) < len(line) and line[: len(part)] == part)


def near_repeats(cands: list[Candidate]) -> None:
    """NEAR_REPEAT: a teaser cut from the lead ("Officials said on Tuesday the corridor would open..." above "Officials
    said on Tuesday the corridor would open in May."): the shorter of the two goes (CUT_FROM_THE_LEAD).

    Only sentences of NEAR_REPEAT_MIN_WORDS words or more are compared, each with its neighbours among them (each line
    once: its copies are repeats, and go with it). The comparison is repeated on the lines left until none goes, so
    that cleaning the cleaned text again finds the same neighbours and drops nothing more."""
    while _near_repeats_once(cands):
        pass


# REWORDED_SUMMARY: a long line (MIN_REWORDED_SUMMARY_WORDS words or more) among the first lines, then a line below it
# with nearly the same words (REWORDED_SUMMARY_SHARE of the two together), a word or a comma changed: the page's summary
# printed the article's sentence again; the first goes, the article's own line stays.
MIN_REWORDED_SUMMARY_WORDS = 20
REWORDED_SUMMARY_SHARE = 0.85


def _reworded_summary(cands: list[Candidate]) -> set[str]:
    long = [c for c in cands if not c.dropped and c.words >= MIN_REWORDED_SUMMARY_WORDS][:NEAR_REPEAT_WITHIN]
    gone = set()
    for i, summary in enumerate(long):
        mine = set(WORD.findall(summary.text.lower()))
        for line in long[i + 1 :]:
            if summary.forced or line.key == summary.key:
                continue
            theirs = set(WORD.findall(line.text.lower()))
            if len(mine & theirs) >= REWORDED_SUMMARY_SHARE * len(mine | theirs):
                gone.add(summary.key)
                break
    return gone


def _near_repeats_once(cands: list[Candidate]) -> bool:
    firsts: dict[str, Candidate] = {}
    for cand in cands:
        if not cand.dropped and _sentence_like(cand):
            firsts.setdefault(cand.key, cand)
    sentences = list(firsts.values())[:NEAR_REPEAT_WITHIN]
    gone = _reworded_summary(cands)
    for i, short in enumerate(sentences):
        if short.forced or not short.text.rstrip(CLOSERS + " ").endswith((".", "…")):
            continue  # a question or an exclamation near the lead may be the headline
        for j in range(max(0, i - NEAR_REPEAT_DISTANCE), min(len(sentences), i + NEAR_REPEAT_DISTANCE + 1)):
            other = sentences[j]
            if j == i or other.words <= short.words or other.key in gone:
                continue
            if _cut_from(short, other):
                gone.add(other.key if not other.forced and _printed_apart(other, short, cands) else short.key)
                break
    for cand in cands:
        if cand.key in gone and not cand.dropped and not cand.forced:
            cand.rule = NEAR_REPEAT
    return bool(gone)


# A line where numbers make up at least this share of the words is a score or results line, not a headline.
MAX_HEADLINE_NUMBER_SHARE = 0.3


# SCORE_LINE: a result, two sides and their scores ("Example Academy 30, Central 22", "Hillcrest (Evergreen) 45, Harbour
# County (Atmore) 22"): the article's results, however long the sides' names.
# (each side's name capitalised and short: "The council met on May 30, the mayor said 22" is a sentence)
# OVERTIME_MARK: the result may say how it was decided after the scores ("..., OT", "(2OT)", "(aet)", "(pens)").
SCORE_LINE = re.compile(
    r"^[A-ZÀ-Þ][^,\d\s]*+(?: [^,\d\s]++){0,5} \d{1,3}\*?, [A-ZÀ-Þ][^,\d\s]*+(?: [^,\d\s]++){0,5} \d{1,3}\*?"
    r"(?:,? \(?(?:\d?OT|SO|ET|aet|a\.e\.t\.|pens?\.?)\)?)?$"
)


# VERSUS_RESULT: the two sides with "vs." between them, a colon, the score in words or with a dash, maybe the winner
# after it ("Westside vs. Greenbrier West : 49 to 26 Greenbrier West", "Liberty vs. Braxton County: 26-20")
VERSUS_RESULT = re.compile(
    r"^[A-ZÀ-Þ][^:\d]{0,60}? (?:vs\.?|v\.?) [A-ZÀ-Þ][^:\d]{0,60}?\s?:\s?\d{1,3}(?: to |\s?[-–]\s?)\d{1,3}\b"
)


def score_line(text: str) -> bool:
    return bool(SCORE_LINE.match(text.strip()) or VERSUS_RESULT.match(text.strip()))


# MATCH_RESULT: a match's result, two sides around their score ("Harbour 2-1 Sample", "- Example FC 0:2 Sample"), as a
# results list prints it and the match's report below repeats it as its heading.
# (each side capitalised, at most five words without digits: "In 2019 the vote was 2-1 in favour" is a sentence)
# (SIDES_THEN_SCORE: or the two sides joined by a spaced dash, the score after them with its colon, "Hertha BSC - VfB
# Stuttgart 2:0", as German and Dutch pages print it; a clock's minutes, "Town Hall 10:30", have two figures)
MATCH_RESULT = re.compile(
    r"^(?:[-•*–]\s)?[A-ZÀ-Þ][^\d\s]*+(?: [^\d\s]++){0,4}? \d{1,3} ?[-–:] ?\d{1,3} [A-ZÀ-Þ][^\d\s]*+(?: [^\d\s]++){0,4}$"
    r"|^[A-ZÀ-Þ][^\d\s]*+(?: [^\d\s-]++){0,4} [-–] [A-ZÀ-Þ][^\d\s]*+(?: [^\d\s]++){0,4}? \d{1,2}:\d$"
)


def match_result(text: str) -> bool:
    return bool(MATCH_RESULT.match(text.strip()))


# SCOREBOARD_HEADINGS: a page of MIN_SCOREBOARD_RESULTS results or more ("Lubbock Cooper 58, Randall 14") sets them
# under short headings ("Regional semifinals" / "Class 5A" / "Division II"): the headings and results between the
# first and the last result (and up to SCOREBOARD_HEADING_REACH lines over the first) are the scoreboard, the article's
# text, though short lines between short lines look like a list of other stories or the page's foot.
MIN_SCOREBOARD_RESULTS = 4
SCOREBOARD_HEADING_REACH = 4
SCOREBOARD_HEADING_MAX_WORDS = 5
LIST_RULES_UNDONE = frozenset((RELATED_HEADLINE, AFTER_ARTICLE, JUNK_RUN))


# (FIXTURE_ROW: a game still to play, "Tascosa (9-3) vs. Flower Mound Marcus (11-1), 3 p.m. ...", is the scoreboard's
# row too, though it counts no result)
FIXTURE_ROW = re.compile(r"^[A-ZÀ-Þ][^.!?]{1,60}? vs?\. [A-ZÀ-Þ][^!?]{1,120}$")


def scoreboard_headings(cands: list[Candidate]) -> None:
    results = [i for i, c in enumerate(cands) if score_line(c.text) or match_result(c.text)]
    if len(results) < MIN_SCOREBOARD_RESULTS:
        return
    rows = sorted({*results, *(i for i, c in enumerate(cands) if FIXTURE_ROW.match(c.text.strip()))})
    for i in range(max(0, rows[0] - SCOREBOARD_HEADING_REACH), rows[-1] + 1):
        cand = cands[i]
        if cand.rule not in LIST_RULES_UNDONE or cand.forced:
            continue
        if i in results or (cand.words <= SCOREBOARD_HEADING_MAX_WORDS and not ends_sentence(cand.text)):
            cand.rule = None


def mostly_numbers(text: str) -> bool:
    """Scores and results ("Goals: 13. Rogers, 15. Malen – 58. Silva"): many of the words are numbers."""
    words = text.split()
    numbers = sum(1 for w in words if any(ch.isdigit() for ch in w))
    return bool(words) and numbers >= MAX_HEADLINE_NUMBER_SHARE * len(words)


# A label with its value: "Presenter: Jane Example", "Pollen: Low (Ragweed)", "Location: Hall 1" -- a label of at most
# this many words before the colon. (Another story's headline may start so too, "Minister: ..."; kept, it is a junk
# line kept, the lesser error.)
MAX_VALUE_LABEL_WORDS = 2


def label_and_value(text: str) -> bool:
    """A short label, a colon and its value: a line of a fact box or a programme, not another story's headline."""
    label, colon, value = text.partition(": ")
    return bool(colon) and bool(value.strip()) and 1 <= len(label.split()) <= MAX_VALUE_LABEL_WORDS


# Blog comments: each under "<name> said..." (Blogger's form). Two such headers or more, and everything from the first
# one to the page's end is the comment thread (an article's own "he said..." ends a sentence, and is not alone twice).
COMMENT_HEADER = re.compile(r"^\S.{0,60}?\s(?:said|wrote)\s*(?:\.\.\.|…)$")
MIN_COMMENT_HEADERS = 2
MAX_COMMENT_HEADER_WORDS = 8


# COMMENTERS_STAMPS: ... or under the article's first long sentence, each comment under its writer's name (or handle)
# and its date and time or age ("Jane Roe December 7, 2016 at 8:51 pm", "JokeyJack 2 weeks, 1 day ago"): two such lines
# or more, of different names, start the thread (an article has one credit, and it stands above its text).
# COMMENTS_COUNT_HEADING: so does, under the first long sentence, the count of the replies to the article ("50 Responses
# to <headline>", "3 thoughts on “<headline>”", WordPress's heading over its comments; COUNT_WITH_A_COLON: "7 comments:",
# Blogger's, the count alone and its colon).
COMMENTS_COUNT_HEADING = re.compile(
    r"^\d{1,5} (?:responses?|comments?|thoughts?|replies|reactions?) (?:to|on) \S|^\d{1,5} (?:comments?|responses?):$", re.I
)
MAX_COMMENTS_HEADING_WORDS = 30
MAX_COMMENT_STAMP_WORDS = 10  # a name of up to four words, a date, "at", a time
# COMMENTERS_HANDLES: ... or each comment under its writer's handle alone on a bulleted line ("• jroe88", "• Tamz_msc",
# "• CPfreak"): a login, one word with a digit, an underscore or a small letter first or a capital inside after small
# letters... not a capitalised word ("• Apples": a list's item); the comment's text right under it (a list's items follow
# one another)
HANDLE = re.compile(r"^(?P<handle>[^\W\d_][\w.-]{2,29})$")
HANDLE_SHAPE = re.compile(r"[\d_]|^[a-z]|^[A-Z]{2,}[a-z]|[a-z][A-Z]")


def comment_threads(cands: list[Candidate], commenter: Callable[[str], str | None]) -> None:
    """COMMENT_WIDGET: from the first of MIN_COMMENT_HEADERS "<name> said..." lines (or, under the article's first long
    sentence, MIN_COMMENT_HEADERS stamps of different commenters, or the count of the comments) to the end of the page."""
    headers = [i for i, c in enumerate(cands) if c.words <= MAX_COMMENT_HEADER_WORDS and COMMENT_HEADER.match(c.text)]
    start = headers[0] if len(headers) >= MIN_COMMENT_HEADERS else len(cands)
    opening = first_sentence(cands)
    stamped: dict[int, str] = {}  # line -> its commenter
    for i in range(opening + 1, start):
        cand = cands[i]
        if cand.forced:
            continue
        if cand.words <= MAX_COMMENTS_HEADING_WORDS and COMMENTS_COUNT_HEADING.match(cand.text):
            start = i
            break
        name = commenter(cand.text) if cand.words <= MAX_COMMENT_STAMP_WORDS else None
        if name:
            stamped[i] = name
        handle = HANDLE.match(cand.text.strip()) if cand.bullet else None
        below = next((c for c in cands[i + 1 :] if not c.forced), None)
        if handle and HANDLE_SHAPE.search(handle["handle"]) and below is not None and not below.bullet:
            stamped[i] = handle["handle"]
    if len(set(stamped.values())) >= MIN_COMMENT_HEADERS:
        start = min(start, *stamped)
    for cand in cands[start:]:
        if not cand.forced and not cand.dropped:
            cand.rule = COMMENT_WIDGET


# A teaser cut short by the site ends with an ellipsis right after a word ("... has arrived…", "... approved the…"); a
# run of at least MIN_TEASER_RUN of them is a list of other stories (one alone may be the article's trailing quote).
CUT_TEASER_END = re.compile(r"[^\W_],?\s?(?:…|\.\.\.)$")
MIN_TEASER_RUN = 2


# READ_MORE_CARD: above the article's first long sentence, a headline, perhaps its date line, then "Read more" alone
# ("Axios: Example talks" / "19.11.2025 11:14" / "Lue lisää"): another story's card, when another headline stands
# below it before the text (the page's own); the headline and its date go. A page's only headline over "Read more"
# stays (a preview's).
READ_MORE_CARD_KEYS = frozenset(FOREIGN_TEASER_WORDS) | frozenset(
    ("read more", "continue reading", "read full story", "les mer", "læs mere", "lire la suite", "leggi di più")
)
CARD_DATE_REACH = 2  # (the headline's date and a blank line between it and the label)
MIN_CARD_HEADLINE_WORDS = 3


def read_more_cards(cands: list[Candidate], date_alone: Callable[[str], object]) -> None:
    first = next((i for i, c in enumerate(cands) if not c.dropped and long_sentence(c)), len(cands))
    for at in range(1, first):
        if cands[at].key not in READ_MORE_CARD_KEYS:
            continue
        above = [k for k in range(at - 1, max(-1, at - 2 - CARD_DATE_REACH), -1) if cands[k].text.strip()]
        dates = [k for k in above if date_alone(cands[k].text) is not None]
        heads = [k for k in above if k not in dates]
        if not heads:
            continue
        headline = cands[heads[0]]
        if headline.dropped or headline.forced or headline.words < MIN_CARD_HEADLINE_WORDS or not headline_shaped(headline.text):
            continue
        below = [c for c in cands[at + 1 : first] if not c.dropped and c.words >= MIN_CARD_HEADLINE_WORDS]
        if any(headline_shaped(c.text) for c in below):
            headline.rule = TEASER
            for k in dates:
                if k > heads[0] and not cands[k].forced:
                    cands[k].rule = TEASER


def teaser_runs(cands: list[Candidate]) -> None:
    """TEASER: MIN_TEASER_RUN or more lines in a row (dropped lines between them aside) each cut short by an ellipsis."""
    run: list[Candidate] = []
    for cand in [*cands, None]:
        if cand is not None and cand.dropped:
            continue
        if cand is not None and not cand.forced and cand.words <= MAX_TEASER_WORDS and CUT_TEASER_END.search(cand.text):
            run.append(cand)
            continue
        if len(run) >= MIN_TEASER_RUN:
            for item in run:
                item.rule = TEASER
        run = []


# HEADLINE_TEASER_PAIRS: other stories listed each with its headline and its excerpt cut short by an ellipsis, the two
# alternating ("Harbour ferry back in service" / "The ferry returned on Monday after ..." / "Council names port head" /
# "The council named ..."): MIN_TEASER_PAIRS such pairs in a row (dropped lines between aside) are a list of other
# stories. An article's paragraph does not end with an ellipsis right under a headline-shaped line twice running; the
# page's first kept line starts no run (an excerpt page's own headline and cut lead come first).
MIN_TEASER_PAIRS = 2
MAX_PAIRED_HEADLINE_WORDS = 25


# (DATED_LINE_NO_CARD_HEADLINE: a line holding a numeric date, "Jane Roe | 08.02.2023 - Update : 08.02.2023", is the
# article's byline and date line, no other story's headline: a card's date stands on its own line)
NUMERIC_DATE_IN_LINE = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}(?!\d)")


# RUN_ON_LINE_NO_HEADLINE: a line of MIN_RUN_ON_WORDS words or more opening with a word in small letters ("to illness,
# he did return to Washington for several high-profile") runs on from the line above, a paragraph wrapped short; a
# card's headline opens with a capital, or a brand's small letter before one ("iPhone 15 review", "eBay sells ..."). (A
# shorter line in small letters is a card's tags, "apple iphone battery", which may head its card.)
MIN_RUN_ON_WORDS = 8


def _runs_on_in_small_letters(cand: Candidate) -> bool:
    return cand.text[:1].islower() and cand.text[1:2].islower() and cand.words >= MIN_RUN_ON_WORDS


def _paired_headline(cand: Candidate) -> bool:
    return (
        not cand.forced
        and not _runs_on_in_small_letters(cand)
        and cand.words <= MAX_PAIRED_HEADLINE_WORDS
        and not ends_sentence(cand.text)
        and not CUT_TEASER_END.search(cand.text)
        and not NUMERIC_DATE_IN_LINE.search(cand.text)
    )


def _cut_excerpt(cand: Candidate) -> bool:
    return not cand.forced and cand.words <= MAX_TEASER_WORDS and bool(CUT_TEASER_END.search(cand.text))


# SILENTLY_CUT_TEASER: the excerpt may be cut with no ellipsis, mid-phrase or mid-word ("KATHMANDU: Former cricketer Jane
# Roe has been appointed as", "... lo que generó mo"): a line of MIN_SILENT_TEASER_WORDS words or more ending in a small letter,
# sharing a word with the headline above it, on a page whose long lines end their sentences (PUNCTUATED_PAGE: more long
# lines end a sentence than not, and at least MIN_PUNCTUATED_LINES do), so that a site printing its paragraphs without
# full stops keeps them. (PUNCTUATED_ABOVE: or whose long lines above the pairs do: a long list of cards below the
# article, its excerpts cut, outnumbers the article's paragraphs)
MIN_SILENT_TEASER_WORDS = 8
MIN_PUNCTUATED_LINES = 3
LONG_LINE_WORDS = 15


def long_sentence(cand: Candidate) -> bool:
    """A finished sentence of LONG_LINE_WORDS words or more: the article's text starts (or goes on) there."""
    return cand.words >= LONG_LINE_WORDS and ends_sentence(cand.text)


def _silently_cut(cand: Candidate, headline: Candidate) -> bool:
    return (
        not cand.forced
        and bool(content_stems(cand.text) & content_stems(headline.text))  # (an excerpt tells its headline's story)
        and MIN_SILENT_TEASER_WORDS <= cand.words <= MAX_TEASER_WORDS
        and cand.text[-1:].islower()  # (a cased script's letter: a line of Chinese or Arabic may go without a stop)
        and not ends_sentence(cand.text)
    )


# (SENTENCES_NOT_LINES: the finished sentences are counted, not the lines: an article printed as one long paragraph, "In
# a breakthrough, astronomers ... . By combining ... . Based on ... wide.", is as punctuated as three short ones;
# INNER_SENTENCE_END, below, finds a line's inner stops)


def finished_sentences(lines: list[Candidate]) -> int:
    """The sentences the lines finish (a line's inner stops before a capital, and its own end)."""
    return sum(len(INNER_SENTENCE_END.findall(c.text)) + 1 for c in lines if ends_sentence(c.text))


def _punctuated_page(kept: list[Candidate]) -> bool:
    long = [cand for cand in kept if cand.words >= LONG_LINE_WORDS]
    ended = sum(1 for cand in long if ends_sentence(cand.text))
    return finished_sentences(long) >= MIN_PUNCTUATED_LINES and ended > len(long) - ended


# (BULLETED_ITEMS: so are two lines each opening with a bullet, "• HB 2223 – allows home brewers to" / "• SB 344 –
# addresses signage requirements for": a card's excerpt carries no bullet of its own under its headline)
# NUMBERED_ITEMS: two lines each opening with a number and a dash or a stop ("13 - St. Louis, MO - Example Center" /
# "14 - Kansas City, MO - Sample Center") are a list's items, a tour's dates; a card's excerpt is no next item.
# (DATED_ITEMS: so are two lines each opening with a day and a month in figures, "05/08 Example City, FL @ Example
# Theater" / "05/10 Sample City, FL @ Sample Hall": a tour's or a schedule's dates)
LIST_ITEM_NUMBER = re.compile(r"^(?:\d{1,4}\s?[-–.)]|\d{1,2}[/.]\d{1,2}\.?)\s")


def _numbered_items(first: Candidate, second: Candidate) -> bool:
    return bool(LIST_ITEM_NUMBER.match(first.text) and LIST_ITEM_NUMBER.match(second.text))


# SECTION_OPENED_TEASERS: other stories' cards, each teaser opening with its section's name run into its first
# sentence ("Nyheter Inför julen har polisen ...", "News The council said ..."): at least MIN_SECTION_OPENED_TEASERS
# lines below the article's first paragraph opening with the same section's name and a capital go, and the short
# headline right above each (the card's title). The article's own paragraphs do not open with a section's name.
MIN_SECTION_OPENED_TEASERS = 2
MAX_CARD_TITLE_WORDS = 12  # (not _card_headline's shape: a card's title here may be one or two words, "Fatal_fire")
SECTION_OPENING = re.compile(r"^(?P<section>[^\W\d_]{3,15}) (?=[^\W\d_])")
# (TEASER_IS_A_SENTENCE: a teaser is the card's excerpt, a sentence of MIN_SECTION_TEASER_WORDS words or more; a list's
# short items may open with such a word too, "World Cinema Audience Award:" / "World Of Tomorrow, dir Jane Roe")
MIN_SECTION_TEASER_WORDS = 8


def section_opened_teasers(cands: list[Candidate]) -> None:
    kept = [cand for cand in cands if not cand.dropped and not cand.forced]
    first = next((i for i, cand in enumerate(kept) if long_sentence(cand)), None)
    if first is None:
        return
    opened: dict[str, list[int]] = {}
    for i in range(first + 1, len(kept)):
        found = SECTION_OPENING.match(kept[i].text)
        after = kept[i].text[found.end() : found.end() + 1] if found else ""
        if found and found["section"][:1].isupper() and after.isupper() and key_of(found["section"]) in SECTION_LABELS:
            if kept[i].words >= MIN_SECTION_TEASER_WORDS:
                opened.setdefault(found["section"], []).append(i)
    for found_at in opened.values():
        if len(found_at) < MIN_SECTION_OPENED_TEASERS:
            continue
        for i in found_at:
            kept[i].rule = TEASER
            above = kept[i - 1]
            if i - 1 > first and above.rule is None and above.words <= MAX_CARD_TITLE_WORDS and not ends_sentence(above.text):
                above.rule = TEASER


# LABEL_OPENED_ITEMS: both lines of a pair open with a label of one to three words and a colon ("Friesland: code yellow
# from noon", "Zeeland : code yellow ..."): a list's items, each under its label; a teaser opens with no label.
LABEL_OPENED_ITEM = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][\w'’-]*+(?: [\w'’-]++){0,2} ?: \S")


def headline_teaser_pairs(cands: list[Candidate]) -> None:
    kept = [cand for cand in cands if not cand.dropped]
    punctuated = _punctuated_page(kept)
    listed = announced_items(kept)  # (ANNOUNCED_LIST_NO_CARDS: the items under "In the presence of:" are the text's)
    # (long lines above each line, and those of them ending a sentence: PUNCTUATED_ABOVE)
    long_above, ended_above = [0], [0]
    for cand in kept:
        long = cand.words >= LONG_LINE_WORDS
        long_above.append(long_above[-1] + long)
        ended_above.append(ended_above[-1] + (long and ends_sentence(cand.text)))
    i = 1
    while i < len(kept) - 1:
        j = i
        ended, total = ended_above[i], long_above[i]
        punctuated_above = punctuated or (ended >= MIN_PUNCTUATED_LINES and ended > total - ended)
        while (
            j + 1 < len(kept)
            and _paired_headline(kept[j])
            and id(kept[j]) not in listed
            and not _numbered_items(kept[j], kept[j + 1])
            and not (kept[j].bullet and kept[j + 1].bullet)  # BULLETED_ITEMS: a list's items, each bulleted
            and not (LABEL_OPENED_ITEM.match(kept[j].text) and LABEL_OPENED_ITEM.match(kept[j + 1].text))  # (LABEL_OPENED_ITEMS)
            and (_cut_excerpt(kept[j + 1]) or (punctuated_above and _silently_cut(kept[j + 1], kept[j])))
        ):
            j += 2
        if (j - i) // 2 >= MIN_TEASER_PAIRS:
            for cand in kept[i:j]:
                cand.rule = TEASER
            i = j
        else:
            i += 1


# EXCERPT_END: a feed's copy ends the article it excerpts with "...Continue reading" ("Read more"): a teaser line that
# holds a whole sentence before its cut (or LONG_CUT_PARAGRAPH, below), right under a kept sentence of PROSE_MIN_WORDS
# words or more, with no such sentence after it (it ends the text), is the article's last paragraph cut short. Other
# stories' teasers stand under their own headlines, in runs, or between the article's paragraphs as a headline and
# "... Read more".
def excerpt_ends(cands: list[Candidate]) -> None:
    def prose_line(cand: Candidate) -> bool:
        return not cand.dropped and cand.words >= PROSE_MIN_WORDS and ends_sentence(cand.text)

    for i, cand in enumerate(cands):
        if i == 0 or cand.rule != TEASER or not TEASER_STRONG_TAIL.search(cand.text):
            continue
        whole_before_the_cut = INNER_SENTENCE_END.search(cand.text) or cand.words >= MIN_CUT_PARAGRAPH_WORDS
        if not whole_before_the_cut or not prose_line(cands[i - 1]):
            continue
        if not any(prose_line(later) or later.rule == TEASER for later in itertools.islice(cands, i + 1, None)):
            cand.rule = None


INNER_SENTENCE_END = re.compile(r"[a-z][.!?][\"”’]? [A-Z]")  # "... to change. A new survey ..."
# LONG_CUT_PARAGRAPH: or one sentence of this many words or more cut before its end ("Researchers examined these
# measures in more than 1,300 people using the centre's records and the …read more"): a paragraph, not a teaser's line.
MIN_CUT_PARAGRAPH_WORDS = 30


# NUMBERED_ITEMS_CITING_SOURCES: an article's own numbered list may end each item with a link to its source ("1.) A jury
# convicted the mayor in 2009 of embezzlement. Read more." / "2.) ..."), which the teaser rule reads as other stories'
# teasers. MIN_NUMBERED_RUN items or more on lines that follow each other, numbered in order (1, 2, 3 ...), one of them
# at least kept as a sentence of PROSE_MIN_WORDS words or more, are one list: its items cut by the teaser rule are the
# article's. A list of other stories' teasers keeps none of its items as a sentence.
MIN_NUMBERED_RUN = 3
ITEM_NUMBER = re.compile(r"^\(?(?P<n>\d{1,3})\s?(?:\.\)|[.)])\s")


def numbered_items_citing_sources(cands: list[Candidate]) -> None:
    def kept_sentence(cand: Candidate) -> bool:
        return not cand.dropped and cand.words >= PROSE_MIN_WORDS and ends_sentence(cand.text)

    run: list[Candidate] = []
    last = 0  # the number of the run's last item
    for cand in [*cands, None]:
        found = ITEM_NUMBER.match(cand.text) if cand is not None else None
        n = int(found["n"]) if found else None
        if cand is not None and run and n == last + 1:
            run.append(cand)
            last += 1
            continue
        if len(run) >= MIN_NUMBERED_RUN and any(kept_sentence(item) for item in run):
            for item in run:
                if item.rule == TEASER and item.words >= PROSE_MIN_WORDS:
                    item.rule = None
        run, last = ([cand], n) if cand is not None and n is not None else ([], 0)


# SHORT_LINE_RUN: below the article's first paragraph, MIN_SHORT_RUN or more lines in a row (dropped lines among them
# count) of at most SHORT_RUN_MAX_WORDS words each, with no digit and no sentence's or label's end, are a menu or a
# list of links, in any language ("Новости России", "Moscow.media", "Новости спорта", ...). An article's own short
# lines come one or two at a time (a subheading); a list in the text has bullets or numbers or ends its items. Above the first
# paragraph the headline and the byline are short lines too, so the rule waits for the prose.
MIN_SHORT_RUN = 5
# SHORT_RUN_AT_THE_END: the lines that end the page, after the article's last sentence, are its footer: a run with this
# many kept lines is enough there ("XS" "SM" "MD" "LG", a layout's size switches; tags; a footer's links). A signature
# under the article is one line, even with dropped lines after it.
MIN_SHORT_RUN_AT_THE_END = 3
SHORT_RUN_MAX_WORDS = 3


def _short_run_item(cand: Candidate) -> bool:
    text = cand.text.strip()
    if cand.forced or cand.bullet or cand.words > SHORT_RUN_MAX_WORDS or not text or any(ch.isdigit() for ch in text):
        return False
    # (LABELLED_CREDIT_NO_MENU_ITEM: "Pewarta: Jane Roe" and "Editor: John Doe" under the text are its credits, no
    # footer's links, whatever short line the copy cut after them)
    labelled_credit = ":" in text and BY_PREFIX.match(text) is not None
    return not ends_sentence(text) and text[-1] not in ":：,;" and not BY_LEAD.match(text) and not labelled_credit


# LIST_AFTER_LEAD_IN: a run right under a sentence of the article that ends with a colon ("The first phase includes
# paving on the following roads:") is the list it announces, short items without bullets as they may be; a menu's
# label ("Sections:") is a word or two, not a sentence of PROSE_MIN_WORDS words.
# LIST_TO_ITS_SENTENCE: a sentence ending with a colon ("... raised signals over the following areas:") announces a list,
# and the short lines under it, up to the next sentence, are its items (places, names, "SIGNAL #2" sub-heads), however
# many: not a menu (SHORT_LINE_RUN) nor a table of contents (archive.clean), whose lines no sentence announces.
# LIST_LEAD_WORDS: a shorter lead-in announces a list too when it ends with the words that do, before a colon, a
# semicolon or a comma ("The 5 members include,", "the remaining squad consists of 17 players, as follows;").
LIST_LEAD_WORDS = re.compile(
    r"(?<![^\W\d_])(?:as follows|include|includes|including|the following|namely|are as below|are listed below|"
    # (FOREIGN_LIST_LEAD: the same and "in the presence of" in French, Spanish, Italian, Portuguese and German: "En
    # présence de:", "à savoir:", "como sigue:", "alla presenza di:", "wie folgt:")
    r"in the presence of|attended by|en présence de|à savoir|comme suit|notamment|en presencia de|a saber|como sigue|"
    r"alla presenza di|come segue|na presença de|como segue|in anwesenheit von|wie folgt|folgende)\s*[:;,]\s*$",
    re.I,
)
MIN_LIST_LEAD_WORDS = 3
# LIST_BELOW: a sentence pointing to the full list under it ("Read below for the full initial lineup, and check out
# ...", "See the complete list of winners below.") announces it wherever the sentence stands in its paragraph.
LIST_BELOW = re.compile(
    r"\bbelow for the (?:full |complete |entire )(?:\w+ )?(?:list|lineup|line-up|roster|results|schedule|programme|program)\b"
    r"|\b(?:the |a )?(?:full|complete|entire) (?:\w+ )?(?:list|lineup|line-up|roster|results|schedule|programme|program)"
    r"(?: of [\w ]{1,30})? (?:is |are )?below\b",
    re.I,
)


# LIST_WORD_THEN_COLON: a short line naming a list and ending with its colon ("Voici une première liste non exhaustive
# :", "Here is the list:", "Ecco la lista completa:") announces the list under it.
LIST_WORD_THEN_COLON = re.compile(r"(?<![^\W\d_])(?i:list|liste|lista|lijst|listă|список)(?![^\W\d_])[^.!?:]{0,60}[:：]\s*$")


# HERE_ARE_THE_RESULTS: a sentence opening "Here are the ... results" ("Here are the most up-to-date unofficial election
# night results for the 7th District seat.") announces the table under it as LIST_BELOW does.
HERE_ARE_THE_RESULTS = re.compile(
    r"^(?i:here (?:are|is) (?:the |our )?)[^.!?]{0,80}?\b(?i:results|standings|scores|winners|line-?up|schedule|list)\b"
)


def announces_a_list(cand: Candidate | None) -> bool:
    if cand is None or cand.dropped:
        return False
    if cand.words >= MIN_LIST_LEAD_WORDS and HERE_ARE_THE_RESULTS.match(cand.text):
        return True
    if cand.words >= MIN_LIST_LEAD_WORDS and (LIST_LEAD_WORDS.search(cand.text) or LIST_WORD_THEN_COLON.search(cand.text)):
        return True
    if cand.words >= PROSE_MIN_WORDS and LIST_BELOW.search(cand.text):
        return True  # LIST_BELOW
    return cand.words >= PROSE_MIN_WORDS and cand.text.rstrip().endswith((":", "："))


def announced_items(cands: list[Candidate]) -> set[int]:
    """LIST_TO_ITS_SENTENCE: the ids of the kept lines under a sentence announcing a list, up to the next sentence (a
    bulleted item's full stop ends the item, not the list: BULLETED_ITEM_STOPS)."""
    listed: set[int] = set()
    announced = False
    for cand in cands:
        if cand.dropped:
            continue
        if announced:
            listed.add(id(cand))
        announced = announces_a_list(cand) or (announced and (cand.bullet or not ends_sentence(cand.text)))
    return listed


# HEADLINES_TO_THE_END: below the article's last finished sentence, nothing but lines shaped as headlines (no bullet, no
# closing punctuation), MIN_TAIL_HEADLINES or more of them of MIN_TAIL_HEADLINE_WORDS words or more: other stories'
# headlines listed under the article, whatever label (or none) heads them. On a page whose prose ends its sentences
# (PUNCTUATED_PAGE): an article's own last lines are sentences; its sub-headings have paragraphs under them.
MIN_TAIL_HEADLINES = 4
MIN_TAIL_HEADLINE_WORDS = 4
# STOPPED_HEADLINE_IN_THE_LIST: one of the listed headlines may end with a full stop ("Commissioner revealed to be
# billing car costs to taxpayer."): a sentence of at most MAX_STOPPED_HEADLINE_WORDS words with MIN_TAIL_HEADLINES
# headlines right above it and a headline right under it is an item of the list, not the article's last sentence (no
# article prints four sub-headings in a row without a paragraph between them).
MAX_STOPPED_HEADLINE_WORDS = 20


def _stopped_headline(kept: list[Candidate], at: int) -> bool:
    above = kept[max(0, at - MIN_TAIL_HEADLINES) : at]
    return (
        kept[at].words <= MAX_STOPPED_HEADLINE_WORDS
        and at + 1 < len(kept)
        and len(above) == MIN_TAIL_HEADLINES
        and all(_listed_headline(c) and c.words >= MIN_TAIL_HEADLINE_WORDS for c in above)
        and _listed_headline(kept[at + 1])
    )


# QUOTE_DASH_HEADLINE: in a list of headlines under the article, one opening with a dash is a quotation's headline
# ("– Der får David at vide, at han er fyret", as Scandinavian and Slavic papers open a quote), no bulleted item of the
# article's own: the list around it holds MIN_TAIL_HEADLINES unbulleted headlines (headlines_to_the_end).
QUOTE_DASH = re.compile(r"^\s*[–—]\s")


def _quote_dash_headline(cand: Candidate) -> bool:
    return (
        cand.bullet and cand.role is None and not cand.forced and bool(QUOTE_DASH.match(cand.raw)) and headline_shaped(cand.text)
    )


def _listed_headline(cand: Candidate) -> bool:
    # (RESULTS_END_THE_ARTICLE: a scoreboard's lines, "Harbour 26, Sample 28", are the article's results, no headlines)
    if score_line(cand.text) or match_result(cand.text):
        return False
    return cand.role is None and not cand.forced and not cand.bullet and headline_shaped(cand.text)


# RESULT_IN_THE_LIST: a headline with a score in it ("Match Report - Example Town 0 - 1 Sample") with
# MIN_TAIL_HEADLINES other headlines above it and one under it is an item of the list; a scoreboard under the article
# (RESULTS_END_THE_ARTICLE) comes right after its last sentence.
def _result_in_the_list(tail: list[Candidate], at: int, listed_above: int) -> bool:
    """listed_above: how many of tail[:at] are listed headlines."""
    cand = tail[at]
    return bool(
        (score_line(cand.text) or match_result(cand.text))
        and headline_shaped(cand.text)
        and listed_above >= MIN_TAIL_HEADLINES
        and at + 1 < len(tail)
        and _listed_headline(tail[at + 1])
    )


# LABELLED_ITEMS_END_THE_ARTICLE: under the last sentence, MIN_LABELLED_ITEMS lines or more opening with a label of a
# word and a number or a letter ("Group A: Royal, Trinity, ...", "March 3: Royal vs. Kingswood", "Day 2: ...") are
# the article's own list (its groups, its fixtures, its programme), no other stories' headlines.
LABELLED_ITEM = re.compile(r"^[A-Z][a-z]{2,9}\.? (?:\d{1,2}|[A-Z])\s?:\s")
MIN_LABELLED_ITEMS = 2


def headlines_to_the_end(cands: list[Candidate], stoplist: frozenset[str]) -> None:
    kept = [c for c in cands if not c.dropped]
    # (EMAIL_ENDS_THE_TEXT: an appeal's last line, "Anyone with information can contact ... or email jane@example.org",
    # ends the article as a finished sentence does; CUT_ABOVE_THE_TEASERS: so does a paragraph the copy cut short right
    # above a list's teasers)
    above_teasers = {above.number for above, below in itertools.pairwise(cands) if below.rule == TEASER}
    finished = [
        i
        for i, c in enumerate(kept)
        if c.role is None
        and (
            (is_prose(c, stoplist) and (ends_sentence(c.text) or c.number in above_teasers))
            or (c.words >= PROSE_MIN_WORDS and EMAIL_ADDRESS.search(c.text))
        )
    ]
    if finished_sentences([kept[i] for i in finished]) < MIN_PUNCTUATED_LINES or not _punctuated_page(kept):
        return  # (SENTENCES_NOT_LINES)
    stopped = set()
    while len(finished) > MIN_PUNCTUATED_LINES and _stopped_headline(kept, finished[-1]):
        stopped.add(id(kept[finished.pop()]))
    tail = [c for c in kept[finished[-1] + 1 :] if c.role is None]
    listed_above = 0
    for at, cand in enumerate(tail):
        listed = _listed_headline(cand)
        if id(cand) not in stopped and not listed and not _result_in_the_list(tail, at, listed_above):
            if not _quote_dash_headline(cand):
                return
        listed_above += listed
    # (the page's first line is its headline, no list's item: a one-paragraph article stands right under it)
    above = [c for c in kept[max(1, finished[-1] - 2) : finished[-1]] if c.role is None]
    if above and all(headline_shaped(c.text) for c in above):
        return  # IN_A_LIST: the last sentence is an item of the article's own list ("Le programme" / "19 h, ... : jazz")
    if sum(1 for c in tail if LABELLED_ITEM.match(c.text.strip())) >= MIN_LABELLED_ITEMS:
        return  # LABELLED_ITEMS_END_THE_ARTICLE
    if announces_a_list(kept[finished[-1]]):
        return  # (LIST_TO_ITS_SENTENCE: the last sentence announces the lines under it, "Read below for the full lineup")
    # (TEASERS_OPEN_THE_LIST: the list's first items, cut short with their ellipsis, went as teasers already: they count
    # among its headlines)
    last = kept[finished[-1]]
    teasers = sum(1 for c in cands if c.number > last.number and c.rule == TEASER and c.number < tail[0].number) if tail else 0
    if sum(1 for c in tail if c.words >= MIN_TAIL_HEADLINE_WORDS and not c.bullet) + teasers >= MIN_TAIL_HEADLINES:
        for cand in tail:
            cand.rule = RELATED_HEADLINE


# TWIN_CARDS_TO_THE_END: below the article's text, MIN_TWIN_CARDS headlines or more, each printed twice on two lines
# running on (a card's picture text and its link: "Κλήρωση Τζόκερ ..." / "Κλήρωση Τζόκερ ...") down to the page's end
# are other stories' cards, both copies; the page's last line may be the next card's headline cut by the copy (up to
# MAX_CUT_CARD_WORDS words, no sentence's end). An article's line is printed once: a pair of copies is the page's.
MIN_TWIN_CARDS = 2
MAX_CUT_CARD_WORDS = 12


def twin_cards_to_the_end(cands: list[Candidate]) -> None:
    kept = [c for c in cands if not c.dropped and not c.forced]
    start = first_sentence(kept)
    end = len(kept)
    if end - 1 > start and kept[-1].words <= MAX_CUT_CARD_WORDS and not ends_sentence(kept[-1].text):
        end -= 1  # (the next card's headline, cut)
    pairs = 0
    while end - 2 > start:
        one, two = kept[end - 2], kept[end - 1]
        if two.number != one.number + 1 or one.key != two.key or not headline_shaped(one.text) or one.role or two.role:
            break
        pairs += 1
        end -= 2
    if pairs >= MIN_TWIN_CARDS:
        for cand in kept[end:]:
            cand.rule = RELATED_HEADLINE


# CARDS_OVER_THEIR_LINK: MIN_LINKED_CARDS lines or more in a row, each right over the same short link gone as furniture
# ("NASA once again declines to rename ...NASA says ..." / "Read more »", "KUIS: Warna Helm ..." / "Ikuti Kuisnya ➔"):
# other stories' cards, each with its button. The first card goes only when it is short (up to MAX_FIRST_CARD_WORDS
# words): an aggregator's own excerpt may stand over the same "Read more »" above the cards, and it is the text.
# (the link is a "read more" button, or a short line ending with an arrow, read as furniture only later: an
# advertisement's label, a share button, a photo's credit or a menu's label after each paragraph is no card's link)
MIN_LINKED_CARDS = 2
MAX_CARD_LINK_WORDS = 4
LINK_ARROW_MARKS = frozenset("➔→›»>➜➡▶")
CARD_LINK_RULES = frozenset((READ_MORE, PROMO_BLOCK, TEASER))
MAX_FIRST_CARD_WORDS = 20


def cards_over_their_link(cands: list[Candidate]) -> None:
    lines = [c for c in cands if not c.forced]
    pairs = [
        i
        for i, (card, link) in enumerate(itertools.pairwise(lines))
        if not card.dropped
        and card.role is None
        and (link.rule in CARD_LINK_RULES or link.text.rstrip()[-1:] in LINK_ARROW_MARKS)
        and link.words <= MAX_CARD_LINK_WORDS
        and link.number == card.number + 1
    ]
    runs: list[list[int]] = []
    for i in pairs:
        # (the next card stands right under the last one's link, over the same link)
        if runs and i == runs[-1][-1] + 2 and lines[i + 1].key == lines[runs[-1][-1] + 1].key:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < MIN_LINKED_CARDS:
            continue
        cards = [lines[i] for i in run]
        # (the first card short, or under the same link: the run goes on from a card gone already)
        first_goes = cards[0].words <= MAX_FIRST_CARD_WORDS or (run[0] >= 1 and lines[run[0] - 1].key == lines[run[0] + 1].key)
        for cand in cards if first_goes else cards[1:]:
            cand.rule = RELATED_HEADLINE
        for i in run:
            if not lines[i + 1].dropped:
                lines[i + 1].rule = NAV_LABEL  # (the card's button)


# DESK_NOTE_AT_THE_END: among the page's last DESK_NOTE_LAST_LINES kept lines, below the text, the desk's note in the
# author's box ("Editors and staffers from the Politics Desk at The Example Herald."): about the writers, no part of
# the story (a person's note is archive.byline's WRITERS_NOTE)
DESK_NOTE = re.compile(
    r"^(?:editors?|staff(?:ers)?|reporters?|writers?)(?: and (?:editors?|staff(?:ers)?|reporters?|writers?))? (?:from|of|at) "
    r"the (?:(?-i:[A-Z])[\w&'’-]*+ ){1,3}desk\b",
    re.I,
)
DESK_NOTE_LAST_LINES = 3


def desk_notes(cands: list[Candidate]) -> None:
    kept = [c for c in cands if not c.dropped and not c.forced]
    start = first_sentence(kept)
    for cand in kept[max(start + 1, len(kept) - DESK_NOTE_LAST_LINES) :]:
        if cand.role is None and DESK_NOTE.match(cand.text.strip()):
            cand.rule = AFTER_ARTICLE


def short_line_runs(cands: list[Candidate]) -> None:
    """SHORT_LINE_RUN (see above)."""
    start = next((i for i, c in enumerate(cands) if not c.dropped and c.words >= PROSE_MIN_WORDS and ends_sentence(c.text)), None)
    if start is None:
        return
    run: list[Candidate] = []
    before_run: Candidate | None = cands[start]
    listed_items = announced_items(cands)
    for cand in [*cands[start + 1 :], None]:
        if cand is not None and (cand.dropped or _short_run_item(cand)):
            run.append(cand)
            continue
        at_the_end = cand is None and sum(not item.dropped for item in run) >= MIN_SHORT_RUN_AT_THE_END
        announced = any(id(item) in listed_items for item in run)
        listed = announced or (announces_a_list(before_run) and bool(run) and not run[0].dropped)
        if (len(run) >= MIN_SHORT_RUN or at_the_end) and not listed:
            for item in run:
                if not item.dropped:
                    item.rule = NAV_LABEL
        run = []
        before_run = cand


# --- The page model: the article's prose, and the short lines between junk lines ----------------------------------
# jusText's context rule, on lines: a short block between two bad blocks is bad. A page's furniture comes in runs (a
# menu's items, the labels of a link list, a footer); the rules above catch the items they know, and the short lines
# between them are items of the same run. The article's prose is told by a language-level signal (its share of the
# language's stop words, archive.stopwords), never by an outlet's words.

# A line of running prose has at least this many words ...
PROSE_MIN_WORDS = 8
# ... at least this share of them the language's stop words (jusText's stopwords_low is 0.30; headlines, menus and
# captions of names have fewer) ...
PROSE_MIN_STOPWORD_SHARE = 0.25
# ... and ends a sentence, or is at least this long (a paragraph cut short: copied pages may stop mid-sentence).
PROSE_LONG_CHARS = 100
# Lines of up to this many words, between two dropped lines (or the top of the page and a dropped line), are junk ...
JUNK_RUN_MAX_WORDS = 6
# ... unless one names what the article is about, as its headline does: at least this many of its content words, and at
# least half of them, are used in the article's prose.
JUNK_RUN_RELEVANT_STEMS = 2
# (HEADLINE_ON_TOP: the page's first line alone, over dropped furniture, needs only the JUNK_RUN_RELEVANT_STEMS words of
# the article, not half of its own: a headline says what the text says in other words, "NWA, Delta shareholders approve
# merger" over "Northwest Airlines and Delta Air Lines shareholders gave the go-ahead ... to a combination")
# The last line of a page copied in part may be a paragraph cut short ("The council said it would b"): no sentence end,
# at least this many words, as rich in stop words as prose, and it is kept even after a dropped line ...
CUT_PARAGRAPH_MIN_WORDS = 3
# ... and at least this many stop words (a name, "Example Daily News", has none).
CUT_PARAGRAPH_MIN_STOPWORDS = 1


# CJK_PROSE: jusText has no stop-word list for Chinese or Japanese; a line mostly of their characters is running text
# when it is a sentence (or a long line) of at least this many of them: a menu item, a label or a headline is shorter.
CJK_PROSE_MIN_CHARS = 30


def is_prose(cand: Candidate, stoplist: frozenset[str]) -> bool:
    """A line of the article's running text: long enough, made of the language's commonest words, a sentence."""
    if cand.words < PROSE_MIN_WORDS:
        return False
    if mostly_cjk(cand.text):
        return cjk_chars(cand.text) >= CJK_PROSE_MIN_CHARS and (ends_sentence(cand.text) or len(cand.text) >= PROSE_LONG_CHARS)
    if stopwords.share(cand.text, stoplist) < PROSE_MIN_STOPWORD_SHARE:
        return False
    return ends_sentence(cand.text) or len(cand.text) >= PROSE_LONG_CHARS


def cjk_chars(text: str) -> int:
    return sum(map(len, CJK_RUN.findall(text)))


def mostly_cjk(text: str) -> bool:
    """At least half of the line's letters are Chinese or Japanese characters (a Chinese line naming "G20" or "Reuters")."""
    if not CJK_RUN.search(text):
        return False
    return 2 * cjk_chars(text) >= sum(ch.isalpha() for ch in text)


def _cut_paragraph(cand: Candidate, stoplist: frozenset[str]) -> bool:
    if cand.words < CUT_PARAGRAPH_MIN_WORDS or ends_sentence(cand.text):
        return False  # a finished sentence was not cut
    if mostly_cjk(cand.text):
        return cjk_chars(cand.text) >= CJK_PROSE_MIN_CHARS
    found = stopwords.words(cand.text)
    used = sum(w in stoplist for w in found)
    return used >= CUT_PARAGRAPH_MIN_STOPWORDS and used >= PROSE_MIN_STOPWORD_SHARE * len(found)


# A comment form comes after the article, never inside it: from its label (COMMENT_FORM_LABELS) on, below the article's
# first paragraph, the page is the form, its rules and the comments ("Your email address will not be published.", ...).


# Furniture found inside articles as often as after them (an advertisement, a caption, a link to another story): such a
# dropped line does not say the article has ended.
INLINE_RULES = frozenset(
    (
        ADVERTISEMENT,
        CAPTION,
        CAPTION_CREDIT,
        PHOTO_SLUG,
        IMAGE_FILE,
        VIDEO_WIDGET,
        READ_MORE,
        TEASER,
        WEATHER_WIDGET,
        ICON_TEXT,
        TIMESTAMP,
        READING_TIME,
        NEAR_REPEAT,
        REPEATED_LINE,
        COUNTER,
        CODE_LINE,
        TEMPLATE_CODE,
        SIDECAR,
    )
)
# Furniture that comes after an article, not inside it (share rows, menus and social promos come in both places, and
# so do a liveblog's times): the page's tail rules start only at one of these.
END_RULES = frozenset(
    (COMMENT_WIDGET, PAYWALL, PROMO_BLOCK, COPYRIGHT_FOOTER, TAG_CLOUD, END_MARKER, ANALYTICS_FOOTER, AFTER_ARTICLE)
)
ELLIPSIS_LINES = frozenset(("...", "…", "[...]", "[…]", "(...)", "(…)"))
# HEADLINE_LIST_TO_THE_CUT (in after_the_article): a list of headlines has more than this many lines.
MIN_LISTED_HEADLINES = 3
# SIGNED_OFF_COPY (in after_the_article): a wire's sign-off, its reporters and its editors ("Reporting by Jane Roe;
# Writing by John Doe; Editing by Mary Major"), the last line of its copy
WIRE_SIGN_OFF = re.compile(
    r"^\(?(?:additional )?(?:reporting|writing) by [^;]{1,120}?;\s?(?:[^;]{1,120}?;\s?){0,3}(?:editing|edited) by ", re.I
)
# Below the article, a sentence of at least this many words with a stop word in it is kept (the article's last, short
# paragraph), as are a list's bulleted items.
SHORT_SENTENCE_MIN_WORDS = 3


# PRESS_CONTACTS: a press release's contacts under its text, after their lead-in and its colon ("For more information
# and media enquiries, please contact:", "Media contacts:", "Press enquiries:"): the lead-in and the short lines under it
# (names, roles, offices, telephone numbers, addresses, a hashtag), up to MAX_CONTACT_LINE_WORDS words each and ending no
# sentence, are the release's furniture; a sentence under them ends the block.
CONTACT_LEAD_IN = re.compile(
    r"^(?:for (?:more|further) information(?: (?:and|or) (?:media |press )?(?:enquiries|inquiries))?,? (?:please )?contact"
    r"|(?:media|press) (?:contacts?|enquiries|inquiries)|for (?:media|press) (?:enquiries|inquiries)(?:,? (?:please )?contact)?)"
    r"\s?:$",
    re.I,
)
MAX_CONTACT_LINE_WORDS = 6


def press_contacts(cands: list[Candidate]) -> None:
    for i, cand in enumerate(cands):
        if cand.dropped or cand.forced or not CONTACT_LEAD_IN.match(cand.text.strip()):
            continue
        block = [cand]
        for below in cands[i + 1 :]:
            if below.dropped:
                continue
            if below.forced or below.words > MAX_CONTACT_LINE_WORDS or ends_sentence(below.text):
                break
            block.append(below)
        if len(block) > 1:
            for line in block:
                line.rule = NAV_LABEL  # (as a contact's details alone are: no end of the text for after_the_article)
        return


# LEAD_IN_TO_LOST_EMBEDS (in after_the_article): a sentence of the article's that ends with a colon, leading in to what
# the copy lost ("In the meantime, here's the video from the final votes in the Regular Session:", its players gone),
# is the article's as a finished sentence is: a promo's lead-in ("Read more:", "Follow us:") is no prose of
# MIN_LEAD_IN_WORDS words.
LEAD_IN_ENDS = re.compile(r"\w[:：]\s*$")
MIN_LEAD_IN_WORDS = 8


def _lead_in_sentence(cand: Candidate, stoplist: frozenset[str]) -> bool:
    if cand.words < MIN_LEAD_IN_WORDS or not LEAD_IN_ENDS.search(cand.text):
        return False
    return stopwords.share(cand.text, stoplist) >= PROSE_MIN_STOPWORD_SHARE


def after_the_article(
    cands: list[Candidate], stoplist: frozenset[str], names_only: Callable[[str], bool] = lambda text: False
) -> None:
    """AFTER_ARTICLE, below the article's last paragraph of prose:
    - from a comment form's label (COMMENT_FORM_LABELS, below the first paragraph, and not followed by prose) on, every
      line;
    - from the first END_RULES furniture on (a comment box, a paywall, a promo block, tags, a footer), every line that
      is not prose (jusText: the short blocks after the last good one are bad), unless the page's last line is a
      paragraph cut short (the article then runs to the cut, and the lines before it may be its sub-headings).
      Kept: short sentences (SHORT_SENTENCE_MIN_WORDS), bulleted items, names alone (a contact), results and labelled
      values; lines with a role (bylines, datelines) keep it."""
    prose = [i for i, c in enumerate(cands) if not c.dropped and c.role is None and is_prose(c, stoplist)]
    if not prose:
        return
    form = next((i for i in range(prose[0] + 1, len(cands)) if cands[i].key in COMMENT_FORM_LABELS), None)
    rules_at = next((i for i in range(prose[0] + 1, len(cands)) if cands[i].key in COMMENT_RULES_LABELS), None)
    if rules_at is not None:
        for cand in cands[rules_at:]:
            if not cand.forced and not cand.dropped and cand.role is None:
                cand.rule = AFTER_ARTICLE  # COMMENT_RULES
    # the form's own lines follow its label ("Your email address will not be published."): a paragraph of prose right
    # under the label says the article goes on (a stray label), and nothing more is dropped for it
    if form is not None and (form + 1 == len(cands) or not is_prose(cands[form + 1], stoplist) or cands[form + 1].dropped):
        for cand in cands[form:]:
            if not cand.forced and not cand.dropped and cand.role is None:
                cand.rule = AFTER_ARTICLE
    last = prose[-1]
    # LONG_HEADLINES_AFTER_THE_END: other stories' headlines may be long enough to pass for prose cut short
    # (PROSE_LONG_CHARS): below furniture that ends the article, only a finished sentence says the article goes on
    finished = [i for i in prose if ends_sentence(cands[i].text)]
    if finished and finished[-1] < last and any(c.rule in END_RULES for c in cands[finished[-1] + 1 : last]):
        last = finished[-1]
    tail = [c for c in cands[last + 1 :] if not c.forced]
    first_dropped = next((k for k, c in enumerate(tail) if c.rule in END_RULES), None)
    if first_dropped is None or announces_a_list(cands[last]):
        return  # (LIST_TO_ITS_SENTENCE: the last paragraph announces the table or list under it, the article's)
    # FURNITURE_TO_THE_END: the lines between the last paragraph and that furniture are judged as those after it (a
    # list of other stories' headlines and dates stands above the footer's menus)
    remaining = [c for c in tail if not c.dropped and c.role is None]
    # HEADLINE_LIST_TO_THE_CUT: above a last line cut short, MIN_LISTED_HEADLINES lines or more and not one finished
    # sentence among them: a list of headlines the copy cut, not the article's sub-headings (which have paragraphs)
    listed = len(remaining) > MIN_LISTED_HEADLINES and not any(ends_sentence(c.text) for c in remaining[:-1])
    # CUT_PARAGRAPH_AT_THE_END is long: a paragraph the copy cut holds PROSE_MIN_WORDS words or more, and a list's bulleted
    # item is whole (a footer's "Scroll to top", "- Another story's headline" has a stop word too, and is no cut text)
    last_line = remaining[-1] if remaining and remaining[-1] is cands[-1] else None
    if last_line is not None and not last_line.bullet and last_line.words >= PROSE_MIN_WORDS and not listed:
        if _cut_paragraph(last_line, stoplist):
            return
    # (the article's last paragraph may be the first part of a sentence broken below it)
    wrapped = _hard_wrapped([cands[last], *remaining], stoplist)
    # PREVIEW_CUT_AT_ELLIPSIS: a metered page's preview stops mid-sentence and prints "..." on the next line, above its
    # paywall: the line before the ellipsis is the article's, cut as a copy's last line is
    previews = {id(a) for a, b in zip(cands, cands[1:], strict=False) if b.text.strip() in ELLIPSIS_LINES}
    enumerated = _enumeration(remaining, stoplist)
    # SIGNED_OFF_COPY: below the wire's sign-off ("Reporting by Jane Roe; Editing by John Doe"), the copy has ended: a
    # bulleted list there is the site's list of other stories, not the article's
    signed_off = next((k for k in range(last + 1, len(cands)) if WIRE_SIGN_OFF.match(cands[k].text.strip())), len(cands))
    after_sign_off = {id(c) for c in cands[signed_off + 1 :]}
    rows = _figure_rows(remaining) | _labelled_pairs(remaining)
    for cand in remaining:
        if id(cand) in enumerated or id(cand) in rows:
            continue
        cut = cand is cands[-1] and not listed
        running = is_prose(cand, stoplist) and (ends_sentence(cand.text) or cut or mostly_cjk(cand.text))
        running = running or (id(cand) in previews and not listed and _cut_paragraph(cand, stoplist))
        running = running or _lead_in_sentence(cand, stoplist)  # LEAD_IN_TO_LOST_EMBEDS
        # CLOSING_SENTENCE: the line right under the last paragraph, nothing between them, a sentence of
        # SHORT_SENTENCE_MIN_WORDS words or more opening with a capital ("Police investigation continues."): the
        # article's last words, stop words or not (a wire's telegraphic close has none)
        closing = last + 1 < len(cands) and cand is cands[last + 1] and cand.text[:1].isupper()
        running = running or (closing and cand.words >= SHORT_SENTENCE_MIN_WORDS and ends_sentence(cand.text))
        # (CUT_UNDER_THE_TEXT: there, prose cut by an ellipsis after its last word, "Professor Jane Roe said the…", is the
        # excerpt's last paragraph cut short, over its link to the original)
        cut_prose = cand.words >= PROSE_MIN_WORDS and stopwords.share(cand.text, stoplist) >= PROSE_MIN_STOPWORD_SHARE
        running = running or (closing and cut_prose and bool(CUT_TEASER_END.search(cand.text)))
        bullet = cand.bullet and id(cand) not in after_sign_off
        if not (running or _short_sentence(cand, stoplist) or bullet or names_only(cand.text)):
            if not (mostly_numbers(cand.text) or label_and_value(cand.text) or id(cand) in wrapped):
                cand.rule = AFTER_ARTICLE


# FIGURE_ROWS_KEPT: under the last paragraph, MIN_FIGURE_ROWS lines or more opening with a figure and then a name
# ("20,167 ( 52.9% ) Conservative — Jane Roe", "_85 Government majority", "258 Labour (official Opposition)") are the
# article's table of results, with the short labels ending in a colon over them ("Opposition benches:"); a ranked list's
# numbers (1, 2, 3, ...) are other stories', no figures.
FIGURE_ROW = re.compile(r"^[_\s]*+(?P<figure>\d[\d,.\u00a0]*+)\s*+(?:\(\s*+[_\d.,]++%\s*+\)\s*+)?[^\W\d_]")
MIN_FIGURE_ROWS = 3
# COUNTED_ROW: such a row with a count in thousands or a share in brackets ("20,167 ( 52.9% ) Conservative"), which no
# other story's headline opens with (archive.clean keeps it among the article's lines, as a results line)
COUNTED_ROW = re.compile(
    r"^[_\s]*+\d{1,3}(?:[,.\u00a0]\d{3})++\s*+(?:\(\s*+[_\d.,]++%\s*+\)\s*+)?[^\W\d_]|^[_\s]*+\d[\d,.]*+\s*+\(\s*+[_\d.,]++%\s*+\)"
)


def _figure_rows(remaining: list[Candidate]) -> set[int]:
    found = [(c, FIGURE_ROW.match(c.text)) for c in remaining]
    rows = [(c, m) for c, m in found if m is not None]
    figures = [m["figure"] for _, m in rows]
    if len(rows) < MIN_FIGURE_ROWS or figures == [str(k) for k in range(1, len(figures) + 1)]:
        return set()
    kept = {id(c) for c, _ in rows}
    for label, below in itertools.pairwise(remaining):
        if id(below) in kept and label.text.rstrip().endswith(":") and label.words <= MAX_ROW_LABEL_WORDS:
            kept.add(id(label))
    return kept


MAX_ROW_LABEL_WORDS = 6


# LABELLED_PAIRS_KEPT: under the last paragraph, MIN_LABELLED_PAIRS lines or more ending with a colon, each with its
# value on the line right below ("Grand Jury Award:" / "Example Film, dir Jane Roe"; "Venue:" / "Example Hall") are the
# article's list of winners or facts, the label and the value both; a footer's labels ("Follow us:") have their links
# dropped under them, and lose their values.
MIN_LABELLED_PAIRS = 3
MAX_PAIR_LABEL_WORDS = 8


def _labelled_pairs(remaining: list[Candidate]) -> set[int]:
    pairs = [
        (label, value)
        for label, value in itertools.pairwise(remaining)
        if label.text.rstrip().endswith(":")
        and label.words <= MAX_PAIR_LABEL_WORDS
        and value.number == label.number + 1
        and not value.text.rstrip().endswith(":")
    ]
    kept = {id(c) for pair in pairs for c in pair} if len(pairs) >= MIN_LABELLED_PAIRS else set()
    return kept | labelled_lines(remaining)


# LABELLED_LINES_KEPT: MIN_LABELLED_PAIRS lines or more in a row, each a long label, its colon and a value in words
# ("Ministro da Justiça: Jane Roe", "Minister of State for Health: John Doe"), are the article's list of posts and the
# people named to them; a footer's labels are a word or two ("Phone:", "Follow us:") and their values numbers, addresses
# and links.
MIN_ROW_LABEL_WORDS = 3
MAX_LINE_LABEL_WORDS = 12  # ("Secretary of State to the Presidency of the Council of Ministers: ...")
ROW_VALUE_NOT_WORDS = re.compile(r"\d|@|://|www\.")


def _labelled_line(cand: Candidate) -> bool:
    label, colon, value = cand.text.partition(": ")
    return (
        bool(colon)
        and MIN_ROW_LABEL_WORDS <= len(label.split()) <= MAX_LINE_LABEL_WORDS
        and bool(value.strip())
        and not ROW_VALUE_NOT_WORDS.search(value)
    )


def ids_in_runs(cands: list[Candidate], holds: Callable[[Candidate], bool], min_run: int) -> set[int]:
    """The ids of the candidates in runs of min_run or more in a row for which holds() is true."""
    found: set[int] = set()
    run: list[Candidate] = []
    for cand in [*cands, None]:
        if cand is not None and holds(cand):
            run.append(cand)
            continue
        if len(run) >= min_run:
            found |= {id(c) for c in run}
        run = []
    return found


def labelled_lines(remaining: list[Candidate]) -> set[int]:
    """LABELLED_LINES_KEPT (above): the ids of the lines in such runs."""
    return ids_in_runs(remaining, _labelled_line, MIN_LABELLED_PAIRS)


# ENUMERATION_KEPT: an enumeration's items end with a semicolon ("Prime Minister Jane Roe;" / "Health Minister John
# Doe;"), its lead-in with a colon above them ("The press conference was attended by:"): the article's list, which no
# furniture is punctuated as.
# LISTED_UNDER_A_LEAD_IN: a sentence of the article ending with a colon ("Storm signal no. 1 has been raised over the
# following areas:") and the short items under it ("Luzon", "Northern Palawan", ...), up to the first line that is no
# such item, are the article's list (a footer's "Follow us:" is no sentence of PROSE_MIN_WORDS words).
MAX_LISTED_ITEM_WORDS = 5
# AS_FOLLOWS: a lead-in saying a list follows ("Winners are as follows:", "The results were the following:") is one,
# however short; its list may hold bulleted items of any length, and the short headings between them.
AS_FOLLOWS = re.compile(r"\b(?i:as follows|the following)\s*:$")


def _enumeration(lines: list[Candidate], stoplist: frozenset[str] = frozenset()) -> set[int]:
    items = {id(c) for c in lines if c.text.rstrip().endswith(";")}
    lead_ins = {id(a) for a, b in zip(lines, lines[1:], strict=False) if a.text.rstrip().endswith(":") and id(b) in items}
    listed: set[int] = set()
    for at, lead_in in enumerate(lines):
        if not lead_in.text.rstrip().endswith(":"):
            continue
        follows = AS_FOLLOWS.search(lead_in.text)
        if not follows and (
            lead_in.words < PROSE_MIN_WORDS or stopwords.share(lead_in.text, stoplist) < PROSE_MIN_STOPWORD_SHARE
        ):
            continue
        bulleted = follows is not None  # (AS_FOLLOWS: its bulleted items of any length)
        run: list[Candidate] = []
        for item in lines[at + 1 :]:
            if not ((item.words <= MAX_LISTED_ITEM_WORDS and not ends_sentence(item.text)) or (bulleted and item.bullet)):
                break
            run.append(item)
        if run:
            listed |= {id(lead_in)} | {id(c) for c in run}
    return items | lead_ins | listed


# (jusText's lists hold content words too, "works", "news": a sentence breaks at an article's or a preposition's short
# word, "en el", "of the", "to a")
MAX_WRAP_WORD_LETTERS = 3
# UNCASED_WRAP: in a script without capitals (Devanagari, Arabic, Hebrew, Thai) no lower-case letter says a line goes on:
# two lines of prose's stop words, of MIN_UNCASED_WRAP_WORDS words or more and of lengths within UNCASED_WRAP_LENGTH_RATIO
# of each other (a column's width), the first without a sentence's end, are one sentence broken ("... मक्खन मिश्री का
# भोग लगाकर कार्यक्रम का शुभारंभ" / "किया। सभी ने ..."); a list of headlines varies in length and has fewer stop words.
MIN_UNCASED_WRAP_WORDS = 10
UNCASED_WRAP_LENGTH_RATIO = 0.6


def _uncased_wrap(above: Candidate, cand: Candidate, stoplist: frozenset[str]) -> bool:
    first = cand.text[:1]
    if not first.isalpha() or first.isupper() or first.islower() or ends_sentence(above.text):
        return False
    if min(above.words, cand.words) < MIN_UNCASED_WRAP_WORDS:
        return False
    shorter, longer = sorted((len(above.text), len(cand.text)))
    # (the stop words of the sentence fall on either side of the break: counted on the two lines together)
    joined = f"{above.text} {cand.text}"
    return shorter >= UNCASED_WRAP_LENGTH_RATIO * longer and stopwords.share(joined, stoplist) >= PROSE_MIN_STOPWORD_SHARE


def _hard_wrapped(lines: list[Candidate], stoplist: frozenset[str]) -> set[int]:
    """HARD_WRAPPED: lines of one sentence broken over several lines ("Khan also made" / "of the campaign ..."): a
    line going on in lower case, and the line above it (ids); or (WRAPPED_AT_A_STOP_WORD) a line stopping at a stop word
    with no sentence's end ("Tras su reunión, Putin y Xi participarán en el" / "Palacio del Kremlin ..."), and the next;
    or two lines of an uncased script's prose (UNCASED_WRAP)."""
    found: set[int] = set()
    for above, cand in zip(lines, lines[1:], strict=False):
        last = stopwords.words(above.text)[-1:]
        stops = bool(last) and len(last[0]) <= MAX_WRAP_WORD_LETTERS and last[0] in stoplist and not ends_sentence(above.text)
        if cand.text[:1].islower() or stops or _uncased_wrap(above, cand, stoplist):
            found.update((id(above), id(cand)))
    return found


def _short_sentence(cand: Candidate, stoplist: frozenset[str]) -> bool:
    """A sentence of the article's own, short as it is ("The funeral is on Monday."): SHORT_SENTENCE_MIN_WORDS words or
    more, a stop word among them (or, in Chinese or Japanese, its characters: CJK_SENTENCE), and a sentence's end."""
    if cand.words < SHORT_SENTENCE_MIN_WORDS or not ends_sentence(cand.text):
        return False
    return any(w in stoplist for w in stopwords.words(cand.text)) or _cjk_sentence(cand, stoplist)


def _cjk_sentence(cand: Candidate, stoplist: frozenset[str]) -> bool:
    """CJK_SENTENCE: a line mostly of Chinese or Japanese that ends a sentence ("。") is one, short as it may be: no stop
    words can tell it from a label there (jusText has no list for them), and dropping it would lose the article's."""
    return ends_sentence(cand.text) and mostly_cjk(cand.text)


def junk_runs(cands: list[Candidate], stoplist: frozenset[str], names_only: Callable[[str], bool] = lambda text: False) -> None:
    """JUNK_RUN: a run of short lines (JUNK_RUN_MAX_WORDS) whose neighbours are both dropped lines goes with them, unless
    one neighbour is INLINE_RULES furniture (an advertisement or a caption may stand beside a sub-heading); the top of
    the page counts as a dropped line (furniture comes first), and so does its end after END_RULES furniture (furniture
    comes last), unless the last line is a paragraph cut short. Kept: sentences (with a stop word), lines with a role
    (title, byline, dateline), results and "Label: value" lines, names alone (names_only: an author line), and a line
    naming what the article's prose is about (JUNK_RUN_RELEVANT_STEMS)."""
    kept = [c for c in cands if not c.dropped and c.role is None]
    prose = [c.text for c in kept if is_prose(c, stoplist)]
    if not prose:
        return  # no article found: no model of the page, no decision
    prose_words = words_of(prose)

    def relevant(cand: Candidate) -> bool:
        stems = content_stems(cand.text)
        used = sum(uses_stem(s, prose_words) for s in stems)
        return used >= JUNK_RUN_RELEVANT_STEMS and 2 * used >= len(stems)

    def short(cand: Candidate) -> bool:
        if cand.dropped or cand.role is not None or cand.forced or cand.words > JUNK_RUN_MAX_WORDS:
            return False
        if cand.words >= 3 and ends_sentence(cand.text) and any(w in stoplist for w in stopwords.words(cand.text)):
            return False  # a sentence ("Yes, he said."); a slogan has no stop word ("Online news channel!")
        if _cjk_sentence(cand, stoplist):
            return False
        return not (mostly_numbers(cand.text) or label_and_value(cand.text) or names_only(cand.text) or relevant(cand))

    i = 0
    while i < len(cands):
        if not short(cands[i]):
            i += 1
            continue
        j = i
        while j < len(cands) and short(cands[j]):
            j += 1
        above = i == 0 or cands[i - 1].dropped
        if i == 0 and j == 1 and sum(uses_stem(s, prose_words) for s in content_stems(cands[0].text)) >= JUNK_RUN_RELEVANT_STEMS:
            above = False  # HEADLINE_ON_TOP
        if j < len(cands):
            below = cands[j].dropped
            # an inline piece (an advertisement, a caption, a liveblog's time) may stand beside the article's sub-heading
            if below and (cands[j].rule in INLINE_RULES or (i > 0 and cands[i - 1].rule in INLINE_RULES)):
                below = False
        else:  # the page's end, after END_RULES furniture, unless the last line is a paragraph cut short
            below = i > 0 and cands[i - 1].rule in END_RULES and not _cut_paragraph(cands[j - 1], stoplist)
        if above and below:
            for cand in cands[i:j]:
                cand.rule = JUNK_RUN
        i = j


# PAYWALL_OFFER: the offer between two of the paywall's notices ("To continue reading, please subscribe." / "For only $95
# a month" / "Or" / "$795 for an entire year!" / "Already a subscriber?"): up to PAYWALL_OFFER_MAX_LINES short lines
# (PAYWALL_OFFER_MAX_WORDS), one of them naming a price; the article stopped at the first notice.
PAYWALL_OFFER_MAX_LINES = 12
PAYWALL_OFFER_MAX_WORDS = 25
PRICE = re.compile(r"[$€£¥]\s?\d|\d(?:[.,]\d{2})?\s?(?:[$€£]|USD|EUR|GBP)\b")


def paywall_offer(cands: list[Candidate]) -> None:
    notices = [at for at, cand in enumerate(cands) if cand.rule == PAYWALL]
    for first, second in itertools.pairwise(notices):
        between = [cand for cand in cands[first + 1 : second] if cand.rule != NO_TEXT]
        kept = [cand for cand in between if not cand.dropped]
        if (
            kept
            and len(between) <= PAYWALL_OFFER_MAX_LINES
            and all(cand.role is None and not cand.forced and cand.words <= PAYWALL_OFFER_MAX_WORDS for cand in kept)
            and any(PRICE.search(cand.text) for cand in between)
        ):
            for cand in kept:
                cand.rule = PAYWALL


# LABEL_AMID_THE_TEXT: a word or two that a menu also holds ("Contact", "Background", "Executive Summary"), alone
# between two of the article's paragraphs, each a long sentence, on a page whose text has other such sub-headings
# ("Appeal" ... "Contact" ... "Background"), heads its section too: the article is written in sections. Without another
# sub-heading, a label between paragraphs is an interruption ("Skip to content", a rubric, a widget's name). A link
# printed after each paragraph ("Learn more" under every item of a list) is printed more than once, or says what it
# does (CONTROL_WORDS).
MAX_AMID_LABEL_WORDS = 3
MAX_SUBHEADING_WORDS = 8
CONTROL_WORDS = frozenset(
    """more read learn continue click see watch listen share print close next previous back top subscribe login sign
    view show hide expand load mehr weiter plus suite más mais altro ещё еще далее більше"""
    # (DATE_LABEL_AMID: "Published" alone between paragraphs, a date's label whose date was lost, heads no section)
    """ published updated posted modified""".split()
)


# DATA_TABLE_CELLS: a table copied one cell a line, each opened with the bar of its border ("|Team", "|Won", "|6",
# "|1.367"), right under a line of the article's ("Here's the updated points table:"): the article's own table, every
# cell kept, whatever rule took a cell alone for a menu's item, a counter, a caption or a table of contents. A table is a run of at least
# DATA_TABLE_MIN_CELLS such lines, at least DATA_TABLE_NUMBER_SHARE of them numbers (a menu laid out as a table,
# "|Home" / "|News" / "|Sport", holds none).
TABLE_CELL = re.compile(r"^\|(?!\s*\|)")
NUMBER_CELL = re.compile(r"^\|\s*[-+−]?[\d.,:/%]*\d[\d.,:/%]*\s*$")
DATA_TABLE_MIN_CELLS = 6
DATA_TABLE_NUMBER_SHARE = 1 / 3


def data_table_cells(cands: list[Candidate]) -> None:
    """DATA_TABLE_CELLS (above): the cells of an article's table, copied one a line, stay."""
    i = 0
    while i < len(cands):
        j = i
        while j < len(cands) and TABLE_CELL.match(cands[j].raw):
            j += 1
        if j == i:
            i += 1
            continue
        run, above = cands[i:j], cands[i - 1] if i else None
        numbers = sum(bool(NUMBER_CELL.match(c.raw)) for c in run)
        # (TABLE_LEAD_IN: a lead-in ending with a colon right above the table, "Here's the updated points table:", is
        # the text's, whatever rule took it for a promo's label: it stays with its table)
        lead_in = above is not None and above.text.rstrip().endswith((":", "：")) and above.rule != SIDECAR
        opened_by_the_text = above is not None and (not above.dropped or lead_in) and (ends_sentence(above.text) or lead_in)
        if len(run) >= DATA_TABLE_MIN_CELLS and numbers >= DATA_TABLE_NUMBER_SHARE * len(run) and opened_by_the_text:
            if lead_in and above is not None:
                above.rule, above.forced = None, True
            for cand in run:
                if cand.rule != SIDECAR:
                    cand.rule, cand.forced = None, True  # (as a contributor's keep: no later stage drops a cell)
        i = j


# BARRED_RESULT_ROWS: a results table copied row by row, its cells between bars and each row closed by one ("12:30 |
# Harbour | 2-1 | Bay | Jane Roe |", the attendance's cell "30720 |" alone on the next line): MIN_RESULT_ROWS rows or more
# of MIN_ROW_CELLS cells, at least MIN_FIGURE_CELLS_IN_A_ROW of each holding figures (a time, a score), with the lone
# cells and the day's headings between them ("Sunday 19th August 2018 |"), are the article's table: every line of the
# run stays. A menu's items, "Home | News | Sport |", hold no figures.
MIN_RESULT_ROWS = 3
MIN_ROW_CELLS = 3
MIN_FIGURE_CELLS_IN_A_ROW = 2
MAX_CELL_WORDS = 5
CLOSING_BAR = re.compile(r"\s?\|\s*$")


def _result_row(text: str) -> bool:
    cells = [cell.strip() for cell in text.strip().rstrip("|").split("|")]
    return (
        len(cells) >= MIN_ROW_CELLS
        and all(len(cell.split()) <= MAX_CELL_WORDS for cell in cells)
        and sum(any(ch.isdigit() for ch in cell) for cell in cells) >= MIN_FIGURE_CELLS_IN_A_ROW
    )


def barred_result_rows(cands: list[Candidate]) -> None:
    i = 0
    while i < len(cands):
        j = i
        while j < len(cands) and CLOSING_BAR.search(cands[j].text) and cands[j].words <= MAX_CELL_WORDS * MIN_ROW_CELLS * 2:
            j += 1
        run = cands[i:j]
        if sum(_result_row(c.text) for c in run) >= MIN_RESULT_ROWS:
            for cand in run:
                if cand.rule != SIDECAR:
                    cand.rule, cand.forced = None, True  # (as DATA_TABLE_CELLS: no later stage drops a cell)
        i = max(j, i + 1)


def labels_amid_the_text(cands: list[Candidate]) -> None:
    lines = [cand for cand in cands if cand.rule != NO_TEXT]
    amid = [
        cand
        for above, cand, below in zip(lines, lines[1:], lines[2:], strict=False)
        if cand.words <= MAX_SUBHEADING_WORDS
        and not ends_sentence(cand.text)
        and not cand.text.rstrip().endswith((":", "：", "…", "...", "»", ">", "›"))
        and all(not n.dropped and n.words > LONG_SENTENCE_WORDS for n in (above, below))  # (each a paragraph)
        and ends_sentence(above.text)
    ]
    if not any(not cand.dropped for cand in amid):
        return  # no sub-heading of the article's own
    printed = Counter(cand.key for cand in lines)
    for cand in amid:
        if (
            cand.rule in (NAV_LABEL, SECTION_LABEL)
            and cand.words <= MAX_AMID_LABEL_WORDS
            and printed[cand.key] == 1
            and not set(cand.key.split()) & CONTROL_WORDS
        ):
            cand.rule = None


# DOCUMENT_PART_OPENING_THE_TEXT: a report's part heading ("Summary", "Executive Summary", "Introduction") right above the
# article's first paragraph heads it; a menu's label of the same words stands among other labels, not over a paragraph.
DOCUMENT_PART_HEADINGS = frozenset(
    "summary|executive summary|introduction|abstract|overview|key findings|zusammenfassung|résumé|resumen|sommario".split("|")
)


def document_parts(cands: list[Candidate]) -> None:
    lines = [cand for cand in cands if cand.rule != NO_TEXT]
    paragraphs = [cand for cand in lines if not cand.dropped and cand.words > LONG_SENTENCE_WORDS]
    if not paragraphs:
        return
    at = lines.index(paragraphs[0])
    heading = lines[at - 1] if at else None
    if heading is not None and heading.rule in (NAV_LABEL, SECTION_LABEL) and heading.key in DOCUMENT_PART_HEADINGS:
        heading.rule, heading.forced = None, True  # (no later stage takes it for the head's furniture)


# --- issue 17, fifty-ninth round ---------------------------------------------------------------------------------------

# CAPTION_IS_THE_STORY: a photo story's text is its picture's caption, the photographer credited at its end
# ("今天上午，港口一带突降暴雨……本报记者 张三 摄" under its headline, no other paragraph): when the caption rules took the
# page's longest line, a prose line of MIN_STORY_CAPTION_WORDS words or more, no prose line kept above it and at most one
# below (a teaser's excerpt), the caption is the article's text and stays: a dropped sentence is worse than a kept
# caption. An article of paragraphs keeps them, and its captions go.
MIN_STORY_CAPTION_WORDS = 25
MAX_KEPT_PROSE_BESIDE_THE_STORY = 1
MIN_KEPT_SENTENCE_WORDS = 8  # (a paragraph kept beside it: a line this long ending a sentence, or a long line)
MAX_STORY_HEADLINE_WORDS = 14  # (its headline, short and no sentence, may have gone as the caption's twin)


def caption_stories(cands: list[Candidate]) -> None:
    longest = max(cands, key=lambda cand: cand.words, default=None)
    if longest is None or longest.rule != CAPTION or longest.words < MIN_STORY_CAPTION_WORDS:
        return
    kept_prose = [
        cand
        for cand in cands
        if not cand.dropped
        and (cand.words >= MIN_STORY_CAPTION_WORDS or (cand.words >= MIN_KEPT_SENTENCE_WORDS and ends_sentence(cand.text)))
    ]
    at = cands.index(longest)
    if len(kept_prose) > MAX_KEPT_PROSE_BESIDE_THE_STORY or any(cand in kept_prose for cand in cands[:at]):
        return  # (a caption under the article's first paragraph is the picture's)
    longest.rule = None
    # (the story's headline: a headline-shaped line right above it, taken for the caption's twin, stays too)
    above = cands[at - 1] if at else None
    if above is not None and above.rule == CAPTION and above.words <= MAX_STORY_HEADLINE_WORDS and not ends_sentence(above.text):
        above.rule = None
