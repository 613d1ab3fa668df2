/**
 * The kernel every module may use: ids, problems (errors), paging, list exports and the
 * web shell's extension points.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.aorhub.shared;
