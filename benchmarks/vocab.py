"""A large built-in vocabulary for the synthetic corpus, so that it compresses like real news text.

A corpus made by reshuffling a few seed articles repeats itself: it gzips ~50x and hides how large a
search index over thousands of real articles grows. Here words are drawn by rank from a Zipf
distribution over common English words (ranked roughly by frequency) followed by tens of thousands of
pseudo-words made from syllables, and names of people, places and outlets, all written here.
"""

from __future__ import annotations

import itertools
import random

# Roughly by frequency in news text: function words first, so a Zipf draw gives them their real share.
ENGLISH = """
the of and to a in that is for on said with was as he it by at from his be have has are an not this
they but were had will their who which been its more would also after one two new we about than there
or up other first year out into all when over last can some people government told years could what
president if her only three most before while him time state no because just percent since them
between so during our country against under officials week such those being where officials may
through many how any even both minister made foreign back there police million still should says
including including well group like very later day next including now then four much these world
city before former say according national four national public around high did us security part
another own long military told including part five take set left early make right top per help come
told until whether market economic plan get way must family around each major days next second
billion percent including trade official again already several called little work political
going know among months power know news month less support program ago want likely expected
use think see show good added few away expected go case used end found does leader called near
best cooperation officials law children believe open policy health put system late meeting
give international held including members same help member least strategic great least nations
relations far small told far head found later recent making big old help key development issue
line water based likely countries ties energy important without general put another help
chief among local today added despite come life decision million capital deal never across
office american chinese russian companies south north east west central west economy held
region leaders agreement talks visit bilateral summit partnership growth project projects investment
president during within level recent future interests global joint order force forces war peace
course statement agreed financial across always given political sides made believe three
house place able point water number hard often human report service include area might rather
money information program today run yet side war stand around move show though need problem
early every least land real better less plans cost among life continued known least university
large full close ever current sign taken election issue control process research business
continue federal recent change past community held almost building keep including move believe
school state possible whole experts rights began half sides spokesman according economic role
clear true hand together around information private despite local share low free board major
led once similar nearly likely important across spoke lead today late history view further
allowed likely higher despite meet question expect result age action total remain better
small seen visit start meeting power price prices industry strong significant announced
gas oil pipeline supply supplies natural exports export imports import goods market markets
currency dollar yuan rouble ruble bank banks banking payment payments sanctions western west
relations partnership strategic comprehensive coordination neighbors neighbours friendship
mutual benefit common shared interests stability security sovereignty independent multipolar
order rules justice fairness dialogue negotiation negotiations conflict crisis tensions region
regional border borders cooperation cooperate cooperating joint exercises military defense defence
missile missiles system systems weapons arms nuclear space technology technologies digital
innovation science research universities students exchange culture cultural tourism tourists
agriculture grain soybeans wheat railway rail bridge port ports corridor route routes logistics
shipping sea arctic northern infrastructure construction investment investors fund funds
financing loans credit debt deals deal contracts contract signed signing documents memorandum
statement declaration communique press conference reporters journalists media agency outlet
interview speech remarks address occasion ceremony welcome hall delegation delegations visit
visits trip tour arrival departure talks meeting meetings summit forum forums session sessions
annual anniversary decade decades century history historical relationship relationships level
levels high highest heads head state states nation nations country countries people peoples
world global international bilateral multilateral organization organisation organizations
council committee commission ministry ministries department departments agency agencies
spokesperson spokeswoman spokesman analyst analysts expert experts observer observers scholar
professor researcher fellow institute center centre studies academy university think tank
opposition critics critic supporters support backing backed stance position positions view
views opinion opinions concern concerns worry worries fears fear threat threats risk risks
challenge challenges pressure pressures containment suppression hegemony unilateral approach
approaches alliance alliances bloc blocs partner partners ally allies friend friends rival
rivals competition competitor competitors balance counterbalance influence influences power
powers major emerging economies economy markets growth slowdown recession inflation prices
price rates rate interest investment industrial industry industries manufacturing production
output capacity volume volumes record figures figure data statistics customs turnover surplus
deficit balance trade traded trading partner largest biggest second third fourth fifth sixth
percent per cent tons tonnes cubic meters metres barrels kilometers kilometres miles hours
minutes monday tuesday wednesday thursday friday saturday sunday january february march april
june july august september october november december spring summer autumn winter morning
evening night afternoon weekend yesterday tomorrow recently currently previously earlier later
soon finally eventually already still yet again also too very quite rather fairly highly
deeply closely further widely largely mainly mostly partly fully entirely particularly
especially notably significantly substantially increasingly gradually rapidly steadily
quickly slowly directly indirectly officially publicly privately reportedly apparently
clearly openly jointly mutually actively firmly strongly resolutely consistently repeatedly
frequently regularly constantly continuously traditionally historically strategically
economically politically militarily technically practically effectively successfully
new old young big small large long short good bad great little high low early late right wrong
real true false full empty open closed free busy ready able likely possible important major
minor key main central basic simple complex clear hard easy difficult heavy light strong weak
rich poor cheap expensive safe dangerous warm cold hot cool dry wet deep shallow wide narrow
thick thin fast slow quick quiet loud near far close distant fresh modern ancient recent
current future past present previous next final initial original natural national local
regional federal official formal informal personal private public social cultural political
economic financial military civil legal illegal moral religious ethnic western eastern
northern southern domestic foreign external internal overseas abroad common rare unique special
general specific particular certain sure unclear uncertain serious severe critical crucial vital
essential necessary sufficient adequate proper appropriate relevant significant substantial
considerable enormous huge massive vast tiny broad overall entire whole complete partial
say says said saying tell tells told telling ask asks asked asking answer answered call called
calling give gives gave given giving take takes took taken taking make makes made making go goes
went gone going come comes came coming see sees saw seen seeing know knows knew known knowing
think thinks thought thinking look looks looked looking want wants wanted wanting use uses used
using find finds found finding work works worked working seem seems seemed seeming feel feels
felt feeling try tries tried trying leave leaves leaving put puts putting mean means meant
keep keeps kept keeping let lets begin begins began begun beginning show shows showed shown
hear heard play played run ran move moved live lived believe believed bring brought happen
happened write wrote written provide provided sit sat stand stood lose lost pay paid meet met
include included continue continued set learn learned change changed lead led understand
understood watch watched follow followed stop stopped create created speak spoke spoken read
allow allowed add added spend spent grow grew grown offer offered remember remembered love
consider considered appear appeared buy bought wait waited serve served die died send sent
expect expected build built stay stayed fall fell fallen cut reach reached kill killed remain
remained suggest suggested raise raised pass passed sell sold require required report reported
decide decided pull pulled agree agreed sign signed discuss discussed discussing hold holding
held host hosted hosting visit visited visiting welcome welcomed welcoming praise praised
stress stressed emphasize emphasized emphasise emphasised underline underlined note noted
highlight highlighted express expressed reaffirm reaffirmed pledge pledged vow vowed promise
promised urge urged call warn warned criticize criticized criticise condemn condemned reject
rejected deny denied accuse accused blame blamed claim claimed insist insisted argue argued
announce announced launch launched unveil unveiled approve approved adopt adopted ratify
ratified implement implemented deepen deepened strengthen strengthened expand expanded boost
boosted increase increased reduce reduced cut lower lowered raise double doubled triple tripled
align aligned dovetail coordinate coordinated safeguard safeguarded uphold upheld promote
promoted foster fostered facilitate facilitated enhance enhanced improve improved develop
developed establish established maintain maintained ensure ensured achieve achieved pursue
pursued explore explored seek sought oppose opposed counter countered resist resisted
challenge challenged undermine undermined threaten threatened impose imposed lift lifted
ease eased tighten tightened target targeted affect affected benefit benefited depend depended
rely relied focus focused centre centred base based aim aimed plan planned schedule scheduled
attend attended join joined participate participated represent represented accompany
accompanied travel traveled travelled arrive arrived depart departed return returned
man men woman women child children family families friend group groups team teams company
firm firms business businesses worker workers employee employees farmer farmers engineer
engineers soldier soldiers officer officers diplomat diplomats envoy envoys ambassador
ambassadors lawmaker lawmakers legislator legislators deputy deputies senator senators
governor governors mayor mayors premier prime chairman chair secretary general commander
commanders citizen citizens resident residents voter voters consumer consumers investor
customer customers user users leader leaders member members executive executives director
directors manager managers owner owners founder founders partner official spokesman
thing things place places house home room door road street city cities town towns village
capital province provinces territory territories island islands coast river rivers lake
mountain mountains forest field fields farm farms factory factories plant plants mine mines
station stations airport airports hospital hospitals school schools office offices building
buildings hall palace square market square embassy consulate parliament congress court courts
""".split()

PLACES = """
Beijing Moscow Shanghai Kazan Vladivostok Harbin Tianjin Shenzhen Guangzhou Chengdu Wuhan Xian
Nanjing Hangzhou Qingdao Dalian Shenyang Urumqi Kunming Chongqing Xiamen Suzhou Lanzhou Hohhot
Petersburg Novosibirsk Yekaterinburg Irkutsk Khabarovsk Blagoveshchensk Sochi Kaliningrad Omsk
Tomsk Samara Volgograd Krasnoyarsk Murmansk Arkhangelsk Yakutsk Chita Ufa Perm Tashkent Astana
Almaty Bishkek Dushanbe Ashgabat Ulaanbaatar Minsk Kyiv Tbilisi Yerevan Baku Tehran Islamabad
Karachi Lahore Delhi Mumbai Dhaka Kabul Ankara Istanbul Riyadh Doha Dubai Cairo Tunis Algiers
Nairobi Lagos Johannesburg Pretoria Brasilia Buenos Aires Caracas Havana Mexico Lima Santiago
Washington York London Paris Berlin Brussels Geneva Vienna Rome Madrid Warsaw Prague Budapest
Belgrade Helsinki Oslo Stockholm Tokyo Seoul Pyongyang Hanoi Bangkok Jakarta Manila Singapore
Kuala Lumpur Canberra Wellington Ottawa Russia China Mongolia Kazakhstan Uzbekistan Kyrgyzstan
Tajikistan Turkmenistan Belarus Ukraine Georgia Armenia Azerbaijan Iran Pakistan India
Bangladesh Afghanistan Turkey Syria Iraq Israel Egypt Ethiopia Kenya Nigeria Brazil Argentina
Venezuela Cuba Chile Peru Japan Korea Vietnam Thailand Indonesia Philippines Malaysia
Australia Canada Germany France Italy Spain Poland Hungary Serbia Finland Norway Sweden
Siberia Arctic Pacific Atlantic Eurasia Asia Europe Africa America Yamal Sakhalin Amur Primorye
Xinjiang Heilongjiang Jilin Liaoning Yunnan Sichuan Guangdong Fujian Zhejiang Jiangsu Shandong
""".split()

FIRST_NAMES = """
Anna Boris Chen Dmitry Elena Fang Gennady Hua Igor Jing Kirill Lan Maria Nikolai Olga Ping
Qing Roman Svetlana Tao Ulyana Viktor Wei Xiu Yulia Zhang Alexei Bo Chang Denis Ekaterina Feng
Galina Hong Ivan Jun Ksenia Lei Mikhail Na Oleg Pavel Qiang Ruslan Sergei Tatiana Vera Xin Yuri
Zhou Andrei Bing Daria Fedor Gang Hui Inna Jie Kai Lidia Min Natalia Ning Pyotr Rui Stanislav
Ting Vadim Wen Xia Yan Yegor Zoya Jane John Mary James Sarah David Laura Michael Emma Peter Lucy
Thomas Helen Mark Claire Daniel Kate Robert Alice Paul Nina Simon Rosa Carlos Ana Luis Sofia
Jace Amir Fatima Omar Leila Arjun Priya Kenji Yuki Minh Linh Hassan Aisha Tomas Greta Jonas
""".split()

LAST_NAMES = """
Ivanov Petrov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Solovyov
Vasiliev Zaitsev Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Fedorov Mikhailov Belyaev
Tarasov Belov Komarov Orlov Kiselev Makarov Andreev Kovalev Ilyin Gusev Titov Kuzmin Kudryavtsev
Baranov Kulikov Alekseev Stepanov Yakovlev Sorokin Sergeev Romanov Zakharov Borisov Korolev
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang
Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei
Su Lu Ding Ren Shen Yao Jin Tan Fu Zou Xiong Meng Qin Bai Jia Yan Xue Hou Lei Long Duan Hao Kong
Smith Jones Brown Taylor Wilson Davies Evans Thomas Johnson Roberts Walker Wright Robinson
Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner
Hill Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen
Mitchell Garcia Martinez Lopez Gonzalez Rodriguez Fernandez Silva Santos Costa Pereira
Cruz Reyes Mendoza Khan Ahmed Ali Hussain Singh Sharma Gupta Tanaka Suzuki Sato Nguyen Tran
Kim Park Choi Schmidt Muller Fischer Weber Meyer Wagner Becker Novak Horvat Kowalski Nowak
""".split()

OUTLET_WORDS = """
Courier Herald Tribune Observer Chronicle Gazette Post Times Dispatch Record Monitor Review
Sentinel Journal Bulletin Express Standard Telegraph Mirror Star Globe Beacon Ledger Examiner
Inquirer Reporter Register Messenger Daily Weekly Insider Digest Wire Today Voice Eye Leader
""".split()

# Leaders as articles really write them: full names, titles, surnames, and the misspellings seen
# in scraped pages (the cleaning's name registry has to map each to one canonical name).
LEADER_ALIASES = {
    "Vladimir Putin": [
        "Vladimir Putin",
        "President Vladimir Putin",
        "Russian President Vladimir Putin",
        "Vladmir Putin",
        "Vladimir Vladimirovich Putin",
        "President Putin",
        "Mr. Putin",
        "Putin",
    ],
    "Xi Jinping": [
        "Xi Jinping",
        "President Xi Jinping",
        "Chinese President Xi Jinping",
        "President Xi",
        "Xi Jingping",
        "Mr. Xi",
        "Xi",
    ],
    "Li Keqiang": ["Li Keqiang", "Premier Li Keqiang", "Chinese Premier Li Keqiang", "Li Kequiang"],
    "Li Qiang": ["Li Qiang", "Premier Li Qiang", "Chinese Premier Li Qiang"],
    "Dmitry Medvedev": ["Dmitry Medvedev", "Prime Minister Dmitry Medvedev", "Dmitri Medvedev", "Medvedev"],
    "Mikhail Mishustin": ["Mikhail Mishustin", "Prime Minister Mikhail Mishustin", "Mishustin"],
}

AGREEMENT_ALIASES = {
    "Belt and Road Initiative": ["Belt and Road Initiative", "Belt and Road initiative", "BRI", "One Belt, One Road"],
    "Eurasian Economic Union": ["Eurasian Economic Union", "EAEU", "EEU"],
    "S-400": ["S-400", "S-400 air defence system", "S-400 surface-to-air missile system"],
    "Power of Siberia": ["Power of Siberia", "Power of Siberia pipeline", "Power of Siberia 2"],
}

_ONSETS = "b c d f g h j k l m n p r s t v w z br ch cr dr fl gr kh pl pr sh st str tr zh".split()
_VOWELS = "a e i o u a e i o ia ai ou ea ei".split()
_CODAS = [""] * 8 + "n r s l m t k ng nd st".split()


def _pseudo_words(count: int, rng: random.Random) -> list[str]:
    """Distinct pronounceable non-words of two to four syllables, none an English word here."""
    taken = set(ENGLISH)
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < count:
        syllables = rng.choice((1, 2, 2, 2, 2, 3, 3))
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(syllables))
        if word in seen or word in taken or len(word) < 3 or len(word) > 12:
            continue
        seen.add(word)
        words.append(word)
    return words


class Vocabulary:
    """Ranked words for Zipf draws, plus names; built once from a seed."""

    def __init__(self, seed: int = 0, pseudo: int = 150_000, exponent: float = 1.2) -> None:
        rng = random.Random(f"vocab:{seed}")
        english = list(dict.fromkeys(ENGLISH))  # keep rank order, drop repeats
        pseudo_words = _pseudo_words(pseudo, rng)
        # A fifth of the invented words are proper nouns (capitalised), like real news.
        pseudo_words = [w.capitalize() if i % 5 == 4 else w for i, w in enumerate(pseudo_words)]
        proper = PLACES + LAST_NAMES
        # Ranks: English first, then invented and proper words interleaved in the tail.
        tail = list(itertools.chain.from_iterable(itertools.zip_longest(pseudo_words[: len(proper) * 10], proper * 10)))
        tail = [w for w in tail if w] + pseudo_words[len(proper) * 10 :]
        self.words = english + tail
        weights = [1.0 / (rank**exponent) for rank in range(1, len(self.words) + 1)]
        self.cum_weights = list(itertools.accumulate(weights))
        self.english = english
        self.pseudo = pseudo_words

    def draw(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)
