"""Spanish words that decide whether a speaker mention can be a source (``pipeline/mentions``).

Hand-kept; the lists are those of ``rulesets/en/speaker_words.py``, which says what each does.
"""

from __future__ import annotations

SOURCE_NOUNS = tuple(
    """
gente persona personas hombre mujer hombres mujeres familia familiares amigo amiga amigos
vecino vecinos vecinas padre madre hijo hija esposa esposo hermano hermana víctima víctimas
equipo empleado empleados cliente clientes paciente pacientes ciudadano ciudadanos testigo
testigos autoridad autoridades funcionario funcionarios funcionaria delegado enviado
candidato candidata tribunal juez jueza jurado partido parlamento congreso senado cámara
gobierno ministerio departamento agencia oficina servicio consejo junta comité comisión
sindicato asociación federación instituto institución fundación organización empresa
compañía firma grupo banco fondo diario periódico medio revista cadena canal emisora sitio
web campaña administración ejército fuerza defensa fiscalía acusación tesis movimiento
coalición alianza iglesia escuela universidad hospital centro encuesta sondeo estudio
informe comunicado declaración datos análisis documento documentos registro denuncia demanda
carta correo publicación cifras investigación artículo nota relato calendario resolución
decreto sentencia fallo orden auto cuenta mensaje tuit video país estado ciudad nación
provincia región municipio alcaldía palabras versión fuente fuentes cronograma
entidad organismo ente cartera oficialismo oposición experto experta expertos expertas
científico científica científicos científicas médico médica médicos técnico técnicos
académico académicos político políticos diplomático diplomáticos visitante titular
defensa defensora abogado abogada consultora observatorio instituto red plataforma
algunos otros muchos varios ambos todos uno otra otro mayoría minoría mitad
""".split()
)
"""Nouns and pronouns of people, bodies and documents a speaker's head may be."""

AGENT_SUFFIXES = tuple(
    "ólogo ólogos óloga ólogas or ora ores oras ista istas ante antes ente entes ario aria arios arias ero era eros eras".split()
)
"""Endings of nouns of agents."""

PLURAL_SUFFIXES = tuple("s es".split())
"""Plural endings stripped to find a head among the source nouns."""

MENTION_OPENERS = tuple(
    """
y e o u ni pero sino mas también además luego entonces ahora aún incluso solo sólo sin
embargo asimismo finalmente cuando mientras si porque aunque como donde tras después antes
""".split()
)
"""Words a mention never starts with: trimmed off."""

MENTION_BREAKS = tuple("pero sino cuando mientras porque aunque".split())
"""Words that start another clause inside a mention."""

SPEAKER_WORDS: dict[str, tuple[str, ...]] = {
    "source_nouns": SOURCE_NOUNS,
    "agent_suffixes": AGENT_SUFFIXES,
    "plural_suffixes": PLURAL_SUFFIXES,
    "mention_openers": MENTION_OPENERS,
    "mention_breaks": MENTION_BREAKS,
}
