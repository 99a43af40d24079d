"""Leaders taking part: decided from what the text says a leader does, not only where or how often he is named.

takes_part_in(line, mention) says whether one mention of a leader, in one kept line, has him act in the event the
line reports: he meets, hosts, holds talks, phones, visits, signs, tells someone something (LEADER_ACTS), he is met,
received, welcomed, told or congratulated by someone (LEADER_IS_MET), he is addressed ("Mr Li Qiang," in a
transcript: LEADER_ADDRESSED) or he speaks in one ("Mikhail Mishustin: Welcome ...": LEADER_SPEAKS). A meeting he is
only hoped for at ("looks forward to meeting President Xi again") is no part (WISH_BEFORE).

others_meet_in(title, mentions) says whether a headline reports a meeting in which a named leader does not act
("Wang Yi meets Lavrov ahead of Xi visit"): such a headline does not make that leader prominent (HEADLINE_OTHERS_MEET).

The verbs, prepositions and title words are English, French, Spanish, Portuguese, Italian, German and Russian
(OTHER_LANGUAGES_*), with Dutch, Polish, Romanian, Hungarian and Greek acts (MORE_LANGUAGES_*): the same rules read "Putin a rencontré", "la cumbre entre Putin y Xi", "переговоры с Си Цзиньпином".
In Arabic and Persian no rule here fires, and extract's position and count rules decide alone.
"""

from __future__ import annotations

import re

# Verbs that have the subject take part in a meeting, call, visit or signing ("Putin met", "Xi and Putin held talks").
ACTING_VERBS = (
    r"met|meets|meet|meeting with|held talks|holds talks|hold talks|had talks|holding talks|talked|talks with|"
    r"spoke with|spoke to|spoke by phone|speaks with|hosted|hosts|received|receives|welcomed|welcomes|greeted|greets|"
    r"visited|visits|arrived|arrives|signed|signs|inked|phoned|called|congratulated|congratulates|told|tells|invited|"
    r"co-chaired|co-chairs|addressed|shook hands|exchanged|sent a message|conveyed|discussed|discusses|discuss|"
    r"will discuss|"
    # (CALL_HELD: "held a video call with", "had a phone conversation with", "spoke by telephone")
    r"held a (?:video |phone |telephone )?(?:call|conversation)|had a (?:video |phone |telephone )?(?:call|conversation)|"
    r"spoke by telephone|spoke on the phone|"
    # (HOST_AND_GUEST_ACTS: the host's and the guest's acts at the event, "gave Xi a tour", "hailed Putin as",
    # "thanked Putin for", "toasted", "posed for", "flew to Moscow", "hosted a dinner for")
    r"gave|gives|hailed|hails|praised|praises|thanked|thanks|toasted|posed|embraced|hugged|accompanied|escorted|"
    r"flew|flies|landed|lands|travelled|traveled|paid a visit|paid a state visit|paid an official visit|"
    # TAKES_PART: he takes part in the talks or attends them ("Mishustin also took part", "Putin attended the talks").
    r"took part|takes part|take part|attended|attends|participated|participates|"
    # (AGREED_AT_THE_TALKS: the sides' agreement, "Zhu and Russian Prime Minister Mikhail M. Kasyanov agreed to open a
    # new ferry line")
    r"agreed|agrees"
)
# OTHER_LANGUAGES_ACTING: the same acts in French, Spanish, Portuguese, Italian, German and Russian (past, present and
# future forms as news reports write them: "a rencontré", "se reunió", "traf", "встретился", "проведет").
OTHER_LANGUAGES_ACTING = (
    r"a rencontré|rencontre|rencontrera|s'est entretenu|s’est entretenu|s'entretient|s'entretiendra|a reçu|reçoit|"
    r"recevra|a accueilli|accueille|se rendra|s'est rendu|a signé|ont signé|signeront|a téléphoné|effectuera|"
    r"a effectué|effectue|discuteront|ont discuté|a discuté|est arrivé|"
    r"se reunió|se reúne|se reunirá|recibió|recibe|recibirá|conversó|conversaron|visitó|visitará|firmó|firmaron|"
    r"llegó|sostuvo|sostuvieron|mantuvo|mantuvieron|"
    r"se reuniu|se reunirá|recebeu|receberá|conversou|conversaram|visitou|visitará|assinou|assinaram|chegou|"
    r"manteve|mantiveram|discutirão|discutiram|discute|discutem|reunir-se-á|vão reunir-se|"
    r"ha incontrato|incontra|incontrerà|ha ricevuto|riceve|riceverà|ha visitato|visiterà|ha firmato|hanno firmato|"
    r"è arrivato|ha avuto|hanno avuto|hanno discusso|ha discusso|"
    r"traf|trifft|trafen|treffen sich|empfing|empfängt|besuchte|besucht|unterzeichnete|unterzeichneten|telefonierte|"
    r"sprach mit|sprachen|führte|führten|"
    r"встретился|встретится|встречается|встретились|провел|провёл|проведет|проведёт|провели|проведут|принял|примет|"
    r"принимает|посетил|посетит|прибыл|прибудет|прибывает|подписал|подписали|подпишут|обсудил|обсудили|обсудят|"
    r"поговорил|поговорили|побеседовал|беседовал|созвонился|созвонились|направил|поздравил|пообщался|"
    r"a participé|participe|participera|participó|participará|participou|participará|ha partecipato|partecipa|nahm teil|"
    r"nimmt teil|принял участие|примет участие|принимает участие|участвовал|участвует|"
    # (SAUDOU: Portuguese "greeted": "Putin saudou o presidente Xi")
    r"saudou|cumprimentou|"
    # (MORE_LANGUAGES_ACTING: Dutch, Polish, Romanian, Hungarian and Greek, as their news reports write the acts:
    # "Poetin ontving", "Putin spotkał się", "Putin a primit", "Putyin fogadta", "ο Πούτιν συναντήθηκε")
    r"ontmoette|ontmoet|ontving|ontvangt|sprak met|spraken|bezocht|bezoekt|ondertekende|ondertekenden|tekende|"
    r"tekenden|arriveerde|nam deel|namen deel|"
    r"spotkał się|spotka się|spotkali się|spotkają się|rozmawiał|rozmawiali|rozmawiał telefonicznie|przyjął|przyjmie|"
    r"odwiedził|odwiedzi|podpisał|podpisali|przybył|przybędzie|wziął udział|wzięli udział|weźmie udział|"
    r"uczestniczył|uczestniczyli|"
    r"s-a întâlnit|se va întâlni|s-au întâlnit|a primit|va primi|a semnat|au semnat|a discutat|au discutat|"
    r"a vizitat|a sosit|a participat|au participat|a avut|au avut|"
    r"találkozott|tárgyalt|fogadta|aláírta|aláírták|megérkezett|részt vett|részt vettek|telefonon beszélt|"
    r"συναντήθηκε|συναντήθηκαν|θα συναντηθεί|υποδέχθηκε|υποδέχτηκε|υπέγραψε|υπέγραψαν|επισκέφθηκε|"
    r"επισκέφτηκε|έφτασε|παρευρέθηκε|παρευρέθηκαν|συνομίλησε|συνομίλησαν|είχε συνομιλία|"
    # (PERFECT_AND_MORE_LANGUAGES: the Spanish perfect, "ha recibido", "han firmado"; Indonesian, Vietnamese,
    # Ukrainian, Croatian and Serbian, Czech: "bertemu", "đã hội đàm với", "зустрівся з", "se sastao s", "se setkal se")
    r"ha recibido|han recibido|ha firmado|han firmado|se ha reunido|se han reunido|ha mantenido|han mantenido|"
    r"ha conversado|ha visitado|ha llegado|"
    r"bertemu|menerima|mengadakan pertemuan|melakukan pembicaraan|berbicara|menandatangani|mengunjungi|tiba|"
    r"(?:đã\s)?(?:hội đàm|hội kiến|gặp|điện đàm|tiếp|đón)|"
    r"зустрівся|зустрінеться|зустрілися|провів|проведе|провели|прийняв|прийме|підписав|підписали|відвідав|прибув|"
    r"поговорив|обговорив|обговорили|"
    r"se sastao|sastao se|su se sastali|sastali su se|se susreo|susreo se|razgovarao|razgovarali|potpisao|potpisali|"
    r"primio|posjetio|posetio|stigao|"
    r"se setkal|setkal se|se setká|se setkali|jednal|jednali|přijal|podepsal|podepsali|navštívil|přiletěl|hovořil"
)
# Verbs or nouns after which the leader named is the one met, received, told ("met Russian President Vladimir Putin",
# "held talks with Prime Minister Mikhail Mishustin", "his Russian counterpart Vladimir Putin").
MEETING_VERBS = (
    r"met|meets|meet|meeting|met with|meets with|meeting with|talks with|talked with|spoke with|spoke to|"
    r"conversation with|call with|visit with|hosted|hosts|received|receives|welcomed|welcomes|greeted|greets|told|tells|"
    r"phone with|telephone with|videoconference with|video link with|"
    r"congratulated|congratulates|invited|invitation of|signed with|counterpart|counterparts|"
    # MEETING_BETWEEN: "talks between Mr Putin and Premier Wen Jiabao" has both take part (a day may stand between:
    # "talks Tuesday between").
    r"(?:talks|meeting|summit|call|conversation|negotiations)(?:\s+\w+day)? between|"
    # TAKES_PART, with the name after: "Also taking part were Prime Minister Mikhail Mishustin and ...", "участие
    # принимают, в частности, премьер-министр Михаил Мишустин".
    r"taking part were|attending were|participants included|took part were"
)
# OTHER_LANGUAGES_MEETING: the same in French, Spanish, Portuguese, Italian, German and Russian ("sa rencontre avec le
# président russe Vladimir Poutine", "a cúpula entre Putin e seu colega chinês, Xi Jinping", "переговоры с Си
# Цзиньпином"); a preposition of OTHER_LANGUAGES_WITH may follow.
OTHER_LANGUAGES_MEETING = (
    r"rencontre|rencontré|rencontrera|entretien|entretiens|entretenu|entretiendra|pourparlers|sommet|réunion|"
    r"conversation|reçu|reçoit|recevra|accueilli|homologue|invitation|"
    r"reunión|reunió|reunirá|reúne|cumbre|conversación|conversaciones|conversó|recibió|recibe|recibirá|homólogo|"
    r"invitación|encuentro|negociaciones|"
    r"reunião|reuniu|cúpula|conversa|conversou|conversações|recebeu|recebe|receberá|colega|convite|encontro|"
    r"negociações|"
    r"incontrato|incontro|incontrerà|colloquio|colloqui|vertice|ricevuto|riceve|omologo|invito|telefonata|"
    r"traf|trifft|treffen|gespräch|gespräche|gipfel|telefonat|empfing|empfängt|amtskollegen|amtskollege|einladung|"
    r"verhandlungen|begegnung|"
    r"встретился|встретится|встреча|встречу|встрече|встречи|переговоры|переговоров|переговорах|беседа|беседу|"
    r"беседы|разговор|разговора|саммит|принял|примет|принимает|коллегой|коллега|приглашению|"
    r"участие принимают,?|участие принимает,?|принимают участие,?|приняли участие,?|участвуют,?|участвовали,?|"
    # (BULGARIAN_MEETING: "ще се срещне с китайския президент ...", "разговор с", "преговори с", "колега")
    r"срещне|срещна|среща|срещата|преговори|разговаря|колега|"
    # (VIETNAMESE_MEETING: "có cuộc gặp với Thủ tướng Nga ...", "hội kiến Tổng thống Nga Vladimir Putin", "hội đàm với")
    r"gặp|gặp gỡ|cuộc gặp|hội kiến|hội đàm|điện đàm|tiếp|"
    # (MALAY_MEETING: Malay and Indonesian, "bertemu dengan", "mengadakan pertemuan dengan", "kunjungan hormat ke atas
    # Presiden China, Xi Jinping", "a courtesy call on")
    r"bertemu|pertemuan|berbincang|kunjungan hormat ke atas|kunjungan kehormatan ke atas|"
    # (GERMAN_CASE_ENDINGS: "während des Gespräches mit", "in Gesprächen mit")
    r"gespräches|gesprächs|gesprächen|"
    # (PORTUGUESE_REFLEXIVE: "deve ainda reunir-se com o Presidente chinês, Hu Jintao")
    r"reunir-se|reúne-se|reuniu-se|"
    # (NORDIC_MEETING: Danish, Norwegian and Swedish, "skal både mødes med Kinas præsident, Xi Jinping", "møtte",
    # "träffade")
    r"mødes|mødtes|møder|mødte|møtes|møtte|møter|träffar|träffade|träffas|samtaler|samtalte|samtal|"
    # (FRENCH_PHONE: "s'est entretenu au téléphone avec"; PORTUGUESE_GREETED: "saudou o presidente Xi")
    r"téléphone|au téléphone|saudou|cumprimentou|"
    # (MORE_LANGUAGES_MEETING: Dutch, Polish, Romanian, Hungarian and Greek: "ontmoeting met", "zijn Chinese collega",
    # "spotkał się z", "z przywódcą Chin", "s-a întâlnit cu omologul său", "találkozott", "συνάντηση με τον")
    r"ontmoeting|ontmoette|ontving|gesprek|gesprekken|topontmoeting|collega|ambtgenoot|telefoongesprek|"
    r"spotkanie|spotkał się|spotka się|spotkali się|rozmowy|rozmowa|rozmawiał|rozmawiał telefonicznie|szczyt|przyjął|"
    r"odpowiednikiem|odpowiednik|zaproszenie|"
    r"întâlnire|întâlnirea|s-a întâlnit|se va întâlni|a primit|omologul|omologului|convorbire|convorbirea|convorbiri|"
    r"discuții|summitul|"
    r"találkozott|fogadta|tárgyalt|"
    r"συνάντηση|συναντήθηκε|συνομιλίες|συνομιλία|υποδέχθηκε|υποδέχτηκε|ομόλογό|ομόλογο|"
    # (the guest or the other side in more languages: "hosted a dinner for", "ha recibido a", "menerima kunjungan",
    # "зустрівся з", "se sastao s", "se setkal se")
    r"dinner for|banquet for|reception for|in honour of|in honor of|gave|gives|hailed|hails|thanked|thanks|"
    r"recibido|menerima kunjungan|menerima|"
    r"зустрівся|зустріч|зустрічі|переговори|переговорів|розмова|розмову|прийняв|колегою|"
    r"sastao|sastanak|sastanku|razgovor|razgovore|razgovarao|primio|kolegom|"
    r"setkal|setkání|schůzka|schůzce|jednání|rozhovor|rozhovoru|přijal|protějškem"
)
OTHER_LANGUAGES_WITH = (
    r"avec|de|du|des|entre|con|com|a|mit|zwischen|tra|fra|с|со|между|със|với|dengan|med|met|z|ze|cu|pe|με|з|із|зі|s|sa|se"
)
# Title, possessive and nationality words of those languages that stand between a meeting word and the name (lower
# case there: "le président russe", "su homólogo chino", "seu colega chinês", "des russischen Premierministers",
# "председателем КНР").
OTHER_LANGUAGES_GLUE = (
    r"le|la|les|l'|son|sa|ses|président|premier|ministre|russe|chinois|et|"
    r"el|su|presidente|primer|ministro|ruso|rusa|chino|china|y|"
    r"o|do|da|seu|sua|colega|russo|chinês|chinesa|e|"
    r"il|lo|dello|della|suo|cinese|"
    r"der|die|dem|den|des|russischen|chinesischen|russische|chinesische|seinem|seinen|und|"
    r"designierten|designierte|neuen|ehemaligen|amtierenden|"  # ("dem designierten Präsidenten Russlands")
    r"председателем|председателя|председатель|президентом|президента|президент|премьером|премьер-министром|премьера|"
    r"главой|главы|госсовета|российским|китайским|российского|китайского|своим|своего|коллегой|и|"
    r"в частности|в том числе|премьер-министр|председатель правительства|also|including|"
    r"китайския|китайския си|руския|руския си|президент|премиер|си|"  # (Bulgarian: "с китайския си колега Ли Цян")
    r"thống|tướng|tịch|nước|"  # (Vietnamese titles' words in lower case: "Tổng thống", "Thủ tướng", "Chủ tịch nước")
    r"både|præsident|president|presidenten|premierminister|statsminister|landets|og|och|"  # (Nordic: "både ... og")
    # (WEEKDAY_BETWEEN: the day between the verb and the name, "recibió el lunes a Xi", "ha ricevuto lunedì Xi",
    # "ontving maandag Xi", "a primit luni pe Xi")
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|domenica|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|zaterdag|zondag|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|poniedziałek|wtorek|środę|środa|"
    r"czwartek|piątek|sobotę|sobota|niedzielę|niedziela|telefonicznie|"
    # (the preposition after the day: "recibió el lunes a Xi", "a primit luni pe Xi", "w poniedziałek z Xi")
    r"a|pe|z|ze|cu|με|este|esta|"
    # (Dutch, Polish, Romanian, Greek titles' and possessives' words: "zijn Chinese collega", "z chińskim
    # przywódcą", "omologul său chinez", "τον Κινέζο ομόλογό του")
    r"de|het|zijn|en|w|i|przywódcą|przywódca|prezydentem|premierem|chińskim|rosyjskim|swoim|chin|rosji|"
    r"său|sau|chinez|rus|președintele|premierul|și|"
    r"τον|την|του|της|ο|η|κινέζο|ρώσο|πρόεδρο|και"
)
# LEADER_ACTS: the mention, then at most an apposition between commas, "and <another participant>", a few
# auxiliaries and the comma closing the mention's own apposition ("the Prime Minister, Vladimir Putin, signed"),
# then an acting verb; all inside one sentence.
# In other languages a date or a place may stand between ("Владимир Путин 18 ноября провел", "Мишустин в среду в
# Пекине встретится", "Li Qiang traf am Dienstag"): ADVERBIAL, at most three times.
ADVERBIAL = (
    r"\d{1,2}\.?\s++\w+|(?:в|во|на|am|le|el|il|em|no|na|w|op|τη|την|v|u|у)\s++\w+"
    # (a weekday alone: "Putin ontving maandag", "Putin a primit luni", "Putyin hétfőn", "ο Πούτιν τη Δευτέρα")
    r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|luni|marți|miercuri|joi|vineri|hétfőn|kedden|"
    r"szerdán|csütörtökön|pénteken|szombaton|vasárnap|lunedì|martedì|mercoledì|giovedì|venerdì"
)
# PASSIVE_MEETING: he is the one received, welcomed or met ("Putin was received by Xi", "Li Qiang will be welcomed").
# Only these verbs: "was called" or "was invited" says nothing of a meeting.
PASSIVE_MEETING = r"(?:was|were|is|are|has been|have been|had been|will be)\s+(?:received|welcomed|greeted|met|hosted)"
# (LISTED_LEADERS: the mention may stand in a list of leaders before the verb, or have an apposition after it, each
# piece after a comma: "Russian President Vladimir Putin, Tajikistan President Jane Roe and Uzbekistan President John
# Doe attended ...")
# COUNTRY_AFTER_NAME: his country may follow the name as an apposition without commas ("President Hu Jintao of China
# addressed the workers"); a longer title stands before "and <another participant>" ("and Chairman of the National
# People's Congress Standing Committee Zhao Leji will meet him"): MAX_JOINED_PARTICIPANT_CHARS.
COUNTRY_AFTER_NAME = r"(?:\s++of\s++(?:the\s++)?(?-i:[A-Z])[\w'’]*+(?:\s++(?-i:[A-Z])[\w'’]*+){0,3})?"
MAX_JOINED_PARTICIPANT_CHARS = 90
LEADER_ACTS = re.compile(
    rf"^{COUNTRY_AFTER_NAME}(?:\s*+,[^,.;:!?]{{1,80}}){{0,5}}"
    rf"(?:,?\s++(?:and|with|et|y|e|und|и|avec|con|com|mit|en|i|și|és|και|ve)\s+[^.;:!?]{{1,{MAX_JOINED_PARTICIPANT_CHARS}}}?)?"
    r"(?:\s++(?:has|have|had|will|would|also|then|later|today|yesterday|earlier|on \w+|jointly|both|se|sudah|telah))*"
    rf"(?:\s++(?:{ADVERBIAL})){{0,3}}"
    rf"(?:\s*+,)?\s++(?:{ACTING_VERBS}|{OTHER_LANGUAGES_ACTING}|{PASSIVE_MEETING})(?!\w)",
    re.IGNORECASE,
)
# POSSESSIVE_MEETING: his own meeting, talks or call ("Putin's talks with Xi", "Xi's phone call with Putin"): he takes
# part in it. (Not his visit: "during Jiang Zemin's visit to Moscow in July" names an earlier one as often.)
POSSESSIVE_MEETING = re.compile(
    r"^['’]s\s++(?:talks|meeting|meetings|summit|(?:phone |telephone |video )?(?:call|conversation))(?!\w)", re.IGNORECASE
)
# LEADER_IS_MET: a meeting verb, then at most this many words of a title or a place ("Russian President",
# "Prime Minister of the Russian Federation", "in Tashkent with"), then the mention; inside one sentence. The words
# between are capitalised or GLUE_WORDS: "met Lavrov ahead of Xi's visit" does not meet Xi.
MAX_WORDS_AFTER_MEETING_VERB = 12  # ("Premier of the State Council of the People's Republic of China": 11)
GLUE_WORDS = "the|of|his|her|their|its|and|with|to|by|in|on|at|counterpart|premier|president|minister|prime|state|council"
# A capitalised word, in Latin or Cyrillic script; any word may end in an apposition's comma ("his counterpart, Xi Jinping").
CAPITALISED = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][^\s.;:!?]*\.?"  # a title's period too: "Mr."
# MET_IN_A_LIST: the mention may end a list of those met ("met with top legislator Jane Roe and Premier Wen Jiabao"): at
# most MAX_LIST_BEFORE_CHARS characters of one clause, then "and", before the title words.
MAX_LIST_BEFORE_CHARS = 60
LEADER_IS_MET = re.compile(
    rf"(?<!\w)(?i:{MEETING_VERBS}|{OTHER_LANGUAGES_MEETING})(?!\w)(?:\s++(?i:with|to|by|on|{OTHER_LANGUAGES_WITH})(?!\w))?"
    rf"(?:\s[^.,;:!?]{{1,{MAX_LIST_BEFORE_CHARS}}}?\s(?i:and|et|y|e|und|и|và|og|och))?"
    rf"(?:\s++(?:{CAPITALISED}|(?i:{GLUE_WORDS}|{OTHER_LANGUAGES_GLUE})(?!\w)),?){{0,{MAX_WORDS_AFTER_MEETING_VERB}}}+\s*+$"
)
# MEETING_THEN_WITH: a meeting's noun, then what meeting it is (whose, where, when: at most MAX_CHARS_MEETING_TO_WITH
# characters of one clause, no comma: ", with" opens another), then "with" and the mention (not his possessive) as
# LEADER_IS_MET reads it ("to participate in the 30th regular meeting of the heads of government of the two countries
# in the city of Hangzhou with Chinese Premier Li Qiang").
MAX_CHARS_MEETING_TO_WITH = 120
MEETING_THEN_WITH = re.compile(
    rf"(?<!\w)(?i:meeting|meetings|talks|summit|negotiations|consultations)(?!\w)[^.,;:!?]{{0,{MAX_CHARS_MEETING_TO_WITH}}}?"
    rf"\s(?i:with)(?:\s++(?:{CAPITALISED}|(?i:{GLUE_WORDS})(?!\w)),?){{0,{MAX_WORDS_AFTER_MEETING_VERB}}}+\s*+$"
)
# JOINED_PAIR_MEETS: two leaders joined by a hyphen or a dash, then a word of meeting ("Putin-Xi meetings", "the
# Xi–Putin summit", "Xi-Putin Jinping talks"): both take part. The registry's matcher reports such names only when both
# sides are names (JOINED_PAIR), so "Putin-style talks" names no one.
PAIR_MEETING_NOUNS = (
    r"meetings?|summits?|talks|(?:phone |telephone |video )?calls?|(?:phone |telephone |video )?conversations?|"
    r"negotiations|encounters?|handshake"
)
PAIR_FIRST_AFTER = re.compile(rf"[-–]\w+(?:\s+\w+)?\s+(?:{PAIR_MEETING_NOUNS})(?!\w)", re.IGNORECASE)
PAIR_SECOND_BEFORE = re.compile(r"\w[-–]$")
PAIR_SECOND_AFTER = re.compile(rf"^\s+(?:{PAIR_MEETING_NOUNS})(?!\w)", re.IGNORECASE)
# WISH_BEFORE: a meeting only hoped for is no part of the event reported ("he looks forward to meeting President Xi
# Jinping again").
WISH_BEFORE = re.compile(
    r"(?:look(?:s|ed|ing)? forward to|hop(?:e|es|ed|ing) to|wish(?:es|ed)? to|want(?:s|ed)? to|would like to|eager to|"
    r"expect(?:s|ed)? to)\s*$",
    re.IGNORECASE,
)
# HISTORY: an act the sentence dates some time back after the mention ("Jiang Zemin and Putin signed in Moscow four
# years ago", "met him two months ago") is history, not the event the article reports; unless a clause of someone
# else's comes between ("When Hu Jintao was in Moscow, he praised the pact that Jiang Zemin signed years ago").
# Also what he "said earlier" or did "last year": another occasion than the one reported.
HISTORY = re.compile(
    r"\b(?:(?:years|months|weeks|decades|a year|a month|a decade) ago|last (?:year|month)|said earlier|earlier said)\b",
    re.IGNORECASE,
)
# EARLIER_OPENING: a sentence opening with "previously" tells of another occasion than the one reported ("Ранее
# президент США описал ... Путина и Си Цзиньпина", "Auparavant, ...", "此前"): the leaders it names take no part in it.
# English "Earlier" is left out: "Earlier on Tuesday, Putin met Xi" is the day reported.
EARLIER_OPENING = re.compile(
    r"^\s*+(?:Previously|Ранее|Прежде|До этого|Раніше|Раньше|Anteriormente|Previamente|Précédemment|Auparavant|Zuvor|"
    r"Bereits zuvor|Daha önce|Sebelumnya|Trước đó|此前|先前|早前|Прежде това|По-рано)(?![\w-])"
)
OTHER_CLAUSE = re.compile(r"\b(?:that|which|who|whom|when|while|he|she|they)\b", re.IGNORECASE)
# LEADER_ADDRESSED: a transcript's form of address at the head of a line or a speaker's turn ("Mikhail Mishustin:
# Mr Li Qiang, ...", "Dear President Putin, ...").
ADDRESS_BEFORE = re.compile(
    r"(?:^|:\s*|[“\"]\s*)(?:(?:Mr|Mr\.|Mrs|Mrs\.|Madam|Dear|Comrade)\s+)(?:(?:President|Premier|Prime Minister|Chairman)\s+)?$"
)
ADDRESS_AFTER = re.compile(r"^\s*[,!]")
# LEADER_SPEAKS: a transcript's speaker label at the head of a line ("Li Qiang (via interpreter): ...").
SPEAKER_AFTER = re.compile(r"^\s*+(?:\([^()]{1,30}\))?\s*+:")  # *+: spaces taken once (linear on any line)
# A transcript's speaker label may give the speaker's office in capitals first ("PRESIDENT OF RUSSIA DMITRY MEDVEDEV:").
SPEAKER_ROLE_BEFORE = re.compile(r"^\s*+[A-Z][A-Z.'-]*+(?:\s++[A-Z][A-Z.'-]*+){0,5}\s*+$")  # *+: each word read once
# Sentence ends: the rules look no further than the sentence the mention is in. The period of a title ("Mr.", "Dr.",
# "St.") or of an initial ("U.S.", "V. Putin") ends no sentence (NO_BREAK_AFTER).
SENTENCE_BREAK = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<![^\w][A-Z])[.!?;](?=\s|$)")
# How far around a mention the rules read.
CONTEXT_CHARS = 160


def _sentence_before(text: str, start: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS) : start]
    breaks = list(SENTENCE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _sentence_after(text: str, end: int) -> str:
    after = text[end : end + CONTEXT_CHARS]
    found = SENTENCE_BREAK.search(after)
    return after[: found.start()] if found else after


# CJK_MEETING: Chinese writes no spaces and puts the name before or after its verb in any order ("习近平同普京通电话",
# "普京对中国进行国事访问", "習近平與普丁進行視訊對話"): a leader named in a sentence (up to 。！？；) that holds a word of
# meeting, talks, a call, a visit, a signing or a summit takes part. Simplified and traditional forms.
CJK_MEETING = re.compile(
    r"会谈|會談|会晤|會晤|会见|會見|通电话|通電話|通话|通話|视讯|視訊|视频会|視頻會|视像|視像|对话|對話|"
    r"峰会|峰會|签署|簽署|出席|访问|訪問|欢迎|歡迎|接见|接見|致电|致電|见面|見面"
)
CJK_SENTENCE_END = re.compile(r"[。！？；!?]")
CJK_NAME = re.compile(r"[\u3400-\u9fff]")  # a mention written in Chinese characters (registry.CJK's range)


def _cjk_sentence(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS) : start]
    breaks = list(CJK_SENTENCE_END.finditer(before))
    after = text[end : end + CONTEXT_CHARS]
    found = CJK_SENTENCE_END.search(after)
    return (before[breaks[-1].end() :] if breaks else before) + text[start:end] + (after[: found.start()] if found else after)


def takes_part_in(text: str, start: int, end: int) -> str | None:
    """The rule by which the mention text[start:end] has its leader take part, or None."""
    if CJK_NAME.search(text[start:end]):
        return "leader-meets-zh" if CJK_MEETING.search(_cjk_sentence(text, start, end)) else None
    before = _sentence_before(text, start)
    after = _sentence_after(text, end)
    if (not before.strip() or SPEAKER_ROLE_BEFORE.match(before)) and SPEAKER_AFTER.match(after):
        return "leader-speaks"
    if ADDRESS_BEFORE.search(before) and ADDRESS_AFTER.match(after):
        return "leader-addressed"
    if PAIR_FIRST_AFTER.match(text, end) or (PAIR_SECOND_BEFORE.search(text, 0, start) and PAIR_SECOND_AFTER.match(after)):
        return "leader-pair-meets"
    if _dated_back(after) or EARLIER_OPENING.match(before):
        return None  # HISTORY: what he did years ago is no part of the event reported (nor what "previously" opens)
    if not after.startswith(("'s", "’s")) and LEADER_ACTS.match(after):
        return "leader-acts"
    if POSSESSIVE_MEETING.match(after):
        return "leader-acts"  # POSSESSIVE_MEETING
    met = LEADER_IS_MET.search(before)
    if met and not after.startswith(("'s", "’s")) and not WISH_BEFORE.search(before[: met.start()]):
        return "leader-is-met"
    met = MEETING_THEN_WITH.search(before)
    if met and not after.startswith(("'s", "’s")) and not WISH_BEFORE.search(before[: met.start()]):
        return "leader-meeting-with"
    if CALLED_ON.search(before) and not URGED_TO.match(after):
        return "leader-called-on"
    return None


# CALLED_ON: "call on" someone is to visit him ("PM Example would also call on Premier Li Keqiang"; "paid a courtesy
# call on President Xi"), the words between as LEADER_IS_MET's; "called on President Xi to end the war" urges him
# (URGED_TO: "to" after the name and its apposition) and has him take no part.
CALLED_ON = re.compile(
    r"(?<!\w)(?i:call|calls|called|calling|paid a (?:courtesy )?call|pay a (?:courtesy )?call|pays a (?:courtesy )?call) (?i:on|upon)"
    rf"(?:\s++(?:{CAPITALISED}|(?i:{GLUE_WORDS})(?!\w)),?){{0,{MAX_WORDS_AFTER_MEETING_VERB}}}+\s*+$"
)
URGED_TO = re.compile(r"^(?:\s*+,[^,.;:!?]{1,80},)?\s*+(?:to|for)\s", re.IGNORECASE)


# LEADER_BY_OFFICE: a leader the page names in full may be written by his office alone where he acts ("the Chinese
# president arrived", "talks with the Russian prime minister", "китайский лидер прибыл"): the office names him when
# exactly one leader the page names held it (extract decides that). An office followed by a name is the name's title,
# read with the name; English, French, Spanish, Portuguese, Italian and Russian forms.
OFFICE = re.compile(
    r"(?<!\w)(?:"
    r"(?P<c1>Chinese|Russian|chinois|russe|chino|ruso|chinês|russo|cinese)\s+(?P<o1>president|premier|prime minister|leader|"
    r"head of state|président|presidente|premier ministre|primer ministro|primeiro-ministro|leader)"
    r"|(?P<o2>president|premier|prime minister|président|presidente|premier ministre|primer ministro|primeiro-ministro)\s+"
    r"(?P<c2>chinois|russe|chino|ruso|chinês|russo|cinese|of China|of Russia)"
    r"|(?P<c3>китайск\w{1,3}|российск\w{1,3})\s+(?P<o3>лидер\w{0,3}|президент\w{0,3}|премьер\w{0,3})"
    r"|(?P<o4>председател\w{1,3}|президент\w{0,3}|премьер\w{0,3}|глав\w{1,2} правительства)\s+(?:Госсовета\s+)?"
    r"(?P<c4>КНР|РФ|России|Китая)"
    r")(?![\w-])(?!\s+(?-i:[A-ZА-ЯЁ]))",
    re.IGNORECASE,
)
PRESIDENT_WORDS = ("president", "leader", "head of state", "président", "presidente", "председател", "президент", "лидер")
CHINA_WORDS = ("chin", "cinese", "китайск", "кнр", "китая")


def office_mentions(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, office, country) of each office written without a name (LEADER_BY_OFFICE) that takes part by the
    rules above; office is "President" or "Premier" (a Chinese premier, a Russian prime minister), country "China" or
    "Russia"."""
    out = []
    for m in OFFICE.finditer(text):
        office = next(g for g in (m["o1"], m["o2"], m["o3"], m["o4"]) if g).lower()
        country = next(g for g in (m["c1"], m["c2"], m["c3"], m["c4"]) if g).lower()
        if takes_part_in(text, m.start(), m.end()) is None:
            continue
        out.append(
            (
                m.start(),
                m.end(),
                "President" if office.startswith(PRESIDENT_WORDS) else "Premier",
                "China" if any(w in country for w in CHINA_WORDS) else "Russia",
            )
        )
    return out


def _dated_back(after: str) -> bool:
    """HISTORY: the rest of a mention's sentence dates its act back, with no other clause between."""
    found = HISTORY.search(after)
    return found is not None and OTHER_CLAUSE.search(after, 0, found.start()) is None


def opened_as_earlier(text: str, start: int) -> bool:
    """EARLIER_OPENING: the sentence of the mention starting at `start` opens with a word for "previously"."""
    return EARLIER_OPENING.match(_sentence_before(text, start)) is not None


def in_history(text: str, end: int) -> bool:
    """HISTORY: the sentence of the mention ending at `end` dates what it tells some time back; such a mention does
    not make its leader prominent either ("his predecessor, Jiang Zemin, and Putin signed in Moscow four years ago")."""
    return _dated_back(_sentence_after(text, end))


def surname_addressed(text: str, surnames: dict[str, str]) -> list[tuple[str, int, str]]:
    """LEADER_ADDRESSED by surname alone ("Mr Li," "President Putin,"): (name, offset, rule) for each surname that
    names one leader of the page only (surnames maps a surname to that leader).

    SURNAME_ACTS: a surname alone that acts or is met by the rules above ("Wen arrived in St. Petersburg", "Mr. Hu
    invited Mr Putin") names that leader too ("leader-acts-by-surname", "leader-is-met-by-surname")."""
    out = []
    for surname, name in surnames.items():
        if surname not in text:  # (the pattern below needs it as written: most lines name no leader by surname)
            continue
        # The surname alone: not a possessive, not the first word of another name ("Li Hui", an envoy).
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-]|['’]s\b|\s+[A-Z])", text):
            if ADDRESS_BEFORE.search(_sentence_before(text, m.start())) and ADDRESS_AFTER.match(text[m.end() :]):
                out.append((name, m.start(), "leader-addressed"))
                continue
            rule = takes_part_in(text, m.start(), m.end())
            if rule in ("leader-acts", "leader-is-met"):
                out.append((name, m.start(), f"{rule}-by-surname"))
    return out


def meeting_in(text: str) -> bool:
    """Whether a line reports a meeting, call, visit or signing at all (an acting or meeting verb in it)."""
    return re.search(rf"\b(?:{ACTING_VERBS}|{MEETING_VERBS})\b", text, re.IGNORECASE) is not None
