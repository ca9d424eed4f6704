package io.github.plateformcoop.programme.rules.schedule;

import io.github.plateformcoop.programme.model.Cycle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link Planner} proposes: a cycle whose séances are all dated, or the obstacle that
 * makes every such cycle break a rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Plan {

  private final Cycle cycle;
  private final List<String> plannedSeanceIds;
  private final List<String> addedSeanceIds;
  private final Obstacle obstacle;

  private Plan(Cycle cycle, List<String> plannedSeanceIds, List<String> addedSeanceIds, Obstacle obstacle) {
    this.cycle = cycle;
    this.plannedSeanceIds = List.copyOf(plannedSeanceIds);
    this.addedSeanceIds = List.copyOf(addedSeanceIds);
    this.obstacle = obstacle;
  }

  static Plan of(Cycle cycle, List<String> plannedSeanceIds, List<String> addedSeanceIds) {
    return new Plan(Objects.requireNonNull(cycle, "cycle"), plannedSeanceIds, addedSeanceIds, null);
  }

  static Plan of(Obstacle obstacle) {
    return new Plan(null, List.of(), List.of(), Objects.requireNonNull(obstacle, "obstacle"));
  }

  /**
   * Tells whether a plan was found.
   *
   * @return true when {@link #getCycle()} holds the planned cycle, false when {@link #getObstacle()} says why not
   */
  public boolean isPossible() {
    return cycle != null;
  }

  /**
   * The planned cycle: the given one with its undated séances dated, and the séances its modèle
   * announces but it did not list added and dated.
   *
   * @return the cycle, empty when no plan exists
   */
  public Optional<Cycle> getCycle() {
    return Optional.ofNullable(cycle);
  }

  /**
   * The séances the planner dated, added ones included, in the cycle's order.
   *
   * @return the ids, empty when no plan exists, never null
   */
  public List<String> getPlannedSeanceIds() {
    return plannedSeanceIds;
  }

  /**
   * The séances the planner added because the modèle announces more than the cycle listed.
   *
   * @return the ids, possibly empty, never null
   */
  public List<String> getAddedSeanceIds() {
    return addedSeanceIds;
  }

  /**
   * Why no plan exists.
   *
   * @return the obstacle, empty when a plan was found
   */
  public Optional<Obstacle> getObstacle() {
    return Optional.ofNullable(obstacle);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Plan p && Objects.equals(p.cycle, cycle) && p.plannedSeanceIds.equals(plannedSeanceIds)
        && p.addedSeanceIds.equals(addedSeanceIds) && Objects.equals(p.obstacle, obstacle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cycle, plannedSeanceIds, addedSeanceIds, obstacle);
  }

  @Override
  public String toString() {
    return isPossible() ? "Plan[" + plannedSeanceIds + "]" : "Plan[" + obstacle + "]";
  }
}
