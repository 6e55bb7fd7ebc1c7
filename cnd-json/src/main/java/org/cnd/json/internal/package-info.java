/**
 * The format's machinery, not exported: one {@link org.cnd.json.internal.Codec} per core type, grouped by core
 * package ({@link org.cnd.json.internal.ValueCodecs}, {@link org.cnd.json.internal.ActorCodecs}, {@link
 * org.cnd.json.internal.ClusterCodecs}, {@link org.cnd.json.internal.ProgrammeCodecs}, {@link
 * org.cnd.json.internal.LifecycleCodecs}, {@link org.cnd.json.internal.DiagnosticCodecs}, {@link
 * org.cnd.json.internal.PlanCodecs}, {@link org.cnd.json.internal.MonitoringCodecs}, {@link
 * org.cnd.json.internal.TrainingCodecs}, {@link org.cnd.json.internal.CollaborationCodecs}, {@link
 * org.cnd.json.internal.PortfolioCodec}), listed in {@link org.cnd.json.internal.Registry}, and adapted to Jackson
 * by one generic serializer and deserializer pair.
 *
 * <p>Adding a core type to the format:
 *
 * <ol>
 *   <li>An enumeration: {@code CodeCodec.of(Phase.class, "phase")} in the codec class of its core package
 *       ({@code LifecycleCodecs} for {@code org.cnd.core.lifecycle}), listed in {@code Registry.CODES}.
 *   <li>An identifier: {@code ValueCodecs.id(EntityKind.REPORTS, ReportId::of)} beside its entity's codec (an
 *       entity's own {@code id} property takes {@code ValueCodecs.own(REPORT_ID)}, not a reference); its schema
 *       definition is generated and {@code Registry.VALUES} finds it from the root.
 *   <li>Another value with a text form: {@code TextCodec.of(Type.class, "what it is, for messages", Type::parse,
 *       Type::toString)}, listed in {@code Registry.VALUES}, its definition in the schema's overlay.
 *   <li>An object type: {@code ObjectCodec.define(Type.class, "noun", Type::builder, Type.Builder::build)} with one
 *       {@code required}, {@code optional}, {@code optionalLong} or {@code list} line per accessor, in the
 *       accessor order, and {@code rules(...)} naming the rules that check it, then {@code build()}, the whole
 *       inside {@code ObjectCodec.deferred(() -> ...)} so that it is defined only when a document needs it;
 *       {@code Registry.OBJECTS} finds it from the root. The builder's own checks need nothing more: their violations surface with the document path
 *       and the line and column of the property they name.
 *   <li>A new entity kind: its line in the {@code COLLECTIONS} of its area's codecs (kind, codec, the description
 *       of its array); the root's arrays follow {@code EntityKind.all()}.
 *   <li>The schema ({@code org/cnd/json/cnd-portfolio.schema.json}) and {@code FORMAT.md} get the same objects,
 *       properties, codes and rules, regenerated ({@code GeneratedFilesTest}).
 * </ol>
 */
package org.cnd.json.internal;
