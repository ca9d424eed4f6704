package io.github.plateformcoop.programme.rules.completion.internal;

import static io.github.plateformcoop.programme.rules.completion.internal.CompletionTexts.texte;

import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.AuMoinsNDe;
import io.github.plateformcoop.programme.model.completion.AuMoinsUnDe;
import io.github.plateformcoop.programme.model.completion.Critere;
import io.github.plateformcoop.programme.model.completion.Dispense;
import io.github.plateformcoop.programme.model.completion.ExperimentationAuStade;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.message.Message;
import io.github.plateformcoop.programme.rules.completion.CriterionResult;
import java.util.List;
import java.util.Optional;

/**
 * One criterion evaluated for one subject: a method per kind, which the sealed tree of criteria
 * makes complete. The combinations are evaluated here; each other kind has its own class:
 * {@link Assiduites}, {@link Obligatoires}, {@link Livrables}, {@link Experimentations}.
 */
final class Criteres implements Critere.Visitor<CriterionResult> {
  /** The labels without arguments, the same for every subject. */
  private static final Message TOUS_DE = texte("tous-de");
  private static final Message AU_MOINS_UN_DE = texte("au-moins-un-de");

  private final Index index;
  private final Memoire memoire;
  private final Sujet sujet;

  private Criteres(Index index, Memoire memoire, Sujet sujet) {
    this.index = index;
    this.memoire = memoire;
    this.sujet = sujet;
  }

  @Override
  public CriterionResult visitTousDe(TousDe tous) {
    List<CriterionResult> enfants = enfants(tous.getCriteres());
    boolean satisfait = true;
    boolean atteignable = true;
    for (CriterionResult e : enfants) {
      satisfait &= e.isMet();
      atteignable &= e.isReachable();
    }
    return resultat(TOUS_DE, satisfait, atteignable, null, enfants);
  }

  @Override
  public CriterionResult visitAuMoinsUnDe(AuMoinsUnDe un) {
    List<CriterionResult> enfants = enfants(un.getCriteres());
    return resultat(AU_MOINS_UN_DE, enfants.stream().anyMatch(CriterionResult::isMet),
        enfants.stream().anyMatch(CriterionResult::isReachable), null, enfants);
  }

  @Override
  public CriterionResult visitAuMoinsNDe(AuMoinsNDe n) {
    List<CriterionResult> enfants = enfants(n.getCriteres());
    long satisfaits = enfants.stream().filter(CriterionResult::isMet).count();
    long atteignables = enfants.stream().filter(CriterionResult::isReachable).count();
    return resultat(texte("au-moins-n-de", n.getN(), enfants.size()), satisfaits >= n.getN(),
        atteignables >= n.getN(), texte("n-satisfaits", satisfaits), enfants);
  }

  @Override
  public CriterionResult visitAssiduite(Assiduite assiduite) {
    return Assiduites.evaluer(index, memoire, sujet, assiduite);
  }

  @Override
  public CriterionResult visitSeancesObligatoires(SeancesObligatoires obligatoires) {
    return Obligatoires.evaluer(index, sujet, obligatoires);
  }

  @Override
  public CriterionResult visitLivrableRemis(LivrableRemis livrable) {
    return Livrables.evaluer(index, sujet, livrable);
  }

  @Override
  public CriterionResult visitExperimentationAuStade(ExperimentationAuStade stade) {
    return Experimentations.evaluer(index, sujet, stade);
  }

  @Override
  public CriterionResult visitDispense(Dispense dispense) {
    boolean accordee = dispense.getBeneficiaireIds().contains(sujet.id);
    return resultat(texte("dispense", dispense.getMotif().getLibelle()), accordee, accordee,
        accordee ? dispense.getJustification().map(j -> texte("donnee", j)).orElse(null) : texte("non-beneficiaire"),
        List.of());
  }

  /** A criterion evaluated for a subject. */
  static CriterionResult evaluer(Index index, Memoire memoire, Sujet sujet, Critere critere) {
    return critere.accept(new Criteres(index, memoire, sujet));
  }

  private List<CriterionResult> enfants(List<Critere> criteres) {
    CriterionResult[] enfants = new CriterionResult[criteres.size()];
    for (int i = 0; i < enfants.length; i++) {
      enfants[i] = criteres.get(i).accept(this);
    }
    return List.of(enfants);
  }

  static CriterionResult resultat(Message critere, boolean satisfait, boolean atteignable, Message note,
      List<CriterionResult> enfants) {
    return new CriterionResult(critere, satisfait, atteignable, Optional.empty(), Optional.ofNullable(note), enfants);
  }
}
