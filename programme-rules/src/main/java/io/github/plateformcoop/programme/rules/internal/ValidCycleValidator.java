package io.github.plateformcoop.programme.rules.internal;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.rules.jakarta.ProgrammeValidation.Settings;
import io.github.plateformcoop.programme.rules.jakarta.ValidCycle;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.OptionalInt;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Runs the rule set on a cycle and turns each finding into a constraint violation at its path. */
public final class ValidCycleValidator implements HibernateConstraintValidator<ValidCycle, Cycle> {

  @Override
  public boolean isValid(Cycle cycle, ConstraintValidatorContext context) {
    if (cycle == null) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
    Settings given = hibernate.getConstraintValidatorPayload(Settings.class);
    Settings settings = given == null ? Settings.DEFAULT : given;
    List<Violation> findings = settings.ruleSet().validate(cycle)
        .filter(v -> v.getSeverity().compareTo(settings.minimumSeverity()) <= 0)
        .getViolations();
    if (findings.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Violation finding : findings) {
      hibernate.withDynamicPayload(finding);
      addAtPath(context.buildConstraintViolationWithTemplate(literal(finding.render(settings.locale()))), finding.getPath());
    }
    hibernate.withDynamicPayload(null);
    return false;
  }

  /** A message template that reads as the text itself: Jakarta's special characters escaped. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Builds the nodes of a path: {@code briques[0].seances[3].date} is the property
   * {@code briques}, then {@code seances} in element 0 of it, then {@code date} in element 3 of
   * that; a path ending with an index ends with the element itself.
   */
  private static void addAtPath(ConstraintViolationBuilder builder, String path) {
    List<Paths.Segment> segments = Paths.parse(path);
    if (segments.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    Object node = builder.addPropertyNode(segments.get(0).getName());
    for (int i = 1; i < segments.size(); i++) {
      NodeBuilderCustomizableContext next = addPropertyNode(node, segments.get(i).getName());
      OptionalInt index = segments.get(i - 1).getIndex();
      node = index.isPresent() ? next.inIterable().atIndex(index.getAsInt()) : next;
    }
    OptionalInt last = segments.get(segments.size() - 1).getIndex();
    if (last.isPresent()) {
      addBeanNode(node).inIterable().atIndex(last.getAsInt()).addConstraintViolation();
    } else if (node instanceof NodeBuilderCustomizableContext) {
      ((NodeBuilderCustomizableContext) node).addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext addPropertyNode(Object node, String name) {
    return node instanceof NodeBuilderCustomizableContext
        ? ((NodeBuilderCustomizableContext) node).addPropertyNode(name)
        : ((NodeBuilderDefinedContext) node).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext addBeanNode(Object node) {
    return node instanceof NodeBuilderCustomizableContext
        ? ((NodeBuilderCustomizableContext) node).addBeanNode()
        : ((NodeBuilderDefinedContext) node).addBeanNode();
  }
}
