package vn.tdkt.awards.nomination;

import java.util.Optional;

import vn.tdkt.awards.nomination.DossierView.DecisionView;

/** The decision a dossier ended with, as its view shows it; implemented by the registry, which owns decisions. */
public interface DossierDecisions {

	Optional<DecisionView> of(String dossierId);

}
