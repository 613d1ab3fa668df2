/**
 * The kernel every module may use: ids, money, problems (errors), paging, list exports,
 * the web shell's extension points, status lifecycles
 * ({@link dev.aorhub.shared.Lifecycle}), the workspace clock and date ranges
 * ({@code shared.time}), file attachments ({@code shared.attachments}) and gapless
 * numbering ({@code shared.numbering}). It depends on libraries only, never on another
 * module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.aorhub.shared;
