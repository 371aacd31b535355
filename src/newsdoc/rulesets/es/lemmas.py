"""Spanish cue words by lemma, hand-kept: the input of ``scripts/build_lexicons.py``.

Each verb is listed once, by its infinitive, under its frame; the script writes
every inflected form the press uses (third persons of every tense and mood,
participles, gerund, infinitive, clitic forms) into :mod:`newsdoc.rulesets.es.lexicon`.
Nouns are listed by their singular. Edit here, then regenerate.
"""

from __future__ import annotations

CLAUSE_VERBS = """
decir afirmar asegurar señalar indicar explicar declarar apuntar subrayar destacar precisar
manifestar comentar agregar añadir expresar recalcar anunciar denunciar lamentar contestar
responder aclarar detallar relatar confirmar negar sentenciar remarcar puntualizar opinar
considerar estimar sostener advertir reconocer insistir admitir defender escribir concluir
informar reportar comunicar revelar sugerir reiterar enfatizar resaltar mencionar argumentar
alegar recordar narrar contar confesar reafirmar ratificar adelantar avisar alertar plantear
observar aseverar preguntar cuestionar ironizar bromear exclamar replicar desmentir aceptar
resumir valorar agradecer prometer garantizar asumir calcular prever pronosticar vaticinar
matizar zanjar apostillar espetar deslizar tuitear publicar proclamar evocar relatar
reprochar criticar celebrar insinuar justificar razonar acotar completar interpelar
agregar manifestar enumerar describir juzgar anotar coincidir discrepar diferir puntualizar
augurar cuestionar comentar recriminar clamar exponer esgrimir acotar ejemplificar
rematar referir sincerar objetar sostener subrayar anticipar lanzar ahondar complementar
abundar profundizar reaccionar
"""
"""Verbs of saying that take a clause (``dijo que …``) or a quote (``“…”, dijo``)."""

OBJECT_VERBS = """
pedir exigir reclamar solicitar instar llamar abogar exhortar urgir proponer acusar calificar
tildar condenar rechazar demandar ordenar recomendar invitar convocar
"""
"""Verbs of saying whose object is what was said (``pidió 12 años de prisión``,
``instó a debatir``): the press reports requests and charges with them."""

ATTITUDE_VERBS = """
creer pensar suponer sospechar temer esperar confiar
"""
"""Verbs of belief: reported when they take a clause (``cree que …``)."""

NOUN_CUES = """
declaración declaraciones palabras opinión juicio versión relato testimonio comunicado
anuncio advertencia denuncia respuesta explicación afirmación aseveración crítica mensaje
entrevista discurso intervención argumento criterio parecer palabra
"""
"""Nouns that credit what was said (``en palabras de``, ``en su opinión``, ``sus declaraciones``)."""

REGULAR_FORMS = """
ar ado ando
er ido iendo
ir ido iendo
"""
"""Per infinitive ending, the endings of the regular participles (and gerund) that a
look-up table may file under an adjective: added to each lemma's forms."""

SINGULAR_OF_PLURAL = """
an a
en e
"""
"""The present's third person plural and singular endings: a singular the table files
under a noun (``estime``) is made from the plural it gives (``estiment``)."""

DROP_ENDINGS = """
amos emos imos áis éis ís ais eis aste iste asteis isteis as es ad ed id é í go
"""
"""Endings of the generated forms the press never reports speech with, left out: first and second persons (``afirmamos``, ``dices``), imperatives, ``-go`` first persons (``digo``)."""

NOT_FORMS = """
informe informes anuncio anuncios denuncia denuncias crítica críticas llamada llamadas
pedido pedidos dicha dichas dichos cuenta cuentas contado contados respuesta respuestas
nota notas llama llamas defensa calificada calificado reclamo reclamos cuento cuentos
considerando valor recuerdo recuerdos pedidos publicado publicada publicados publicadas
escrito escritos escrita escritas asumido aceptado esperado esperada esperados esperadas
confianza confiado prevista previsto previstos previstas calculado calculada juzgado
juzgados ordenado ordenada contado llamado llamados llamada llamadas
"""
"""Forms the generator would give that the press mostly uses as nouns or adjectives
(``el informe``, ``dicho acuerdo``, ``el llamado``): hand-kept exceptions, never cues."""
