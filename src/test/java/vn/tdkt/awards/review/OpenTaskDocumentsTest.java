package vn.tdkt.awards.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awards.support.ProcessDriver.person;
import static vn.tdkt.awards.workflow.AwardNominationProcess.TASK_APPRAISE;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tdkt.awards.document.DocumentService;
import vn.tdkt.awards.nomination.DocumentType;
import vn.tdkt.awards.nomination.DossierLifecycle;
import vn.tdkt.awards.nomination.DossierStatus;
import vn.tdkt.awards.review.ReviewTask.Names;
import vn.tdkt.awards.support.AppTest;
import vn.tdkt.awards.support.ProcessDriver;
import vn.tdkt.awards.support.TestFiles;

/** A document added to a dossier shows at once in the form of its open review task, which can still be completed. */
@AppTest
class OpenTaskDocumentsTest {

	@Autowired
	ProcessDriver driver;

	@Autowired
	TaskService tasks;

	@Autowired
	DocumentService documents;

	@Autowired
	DossierLifecycle dossiers;

	@Test
	void aDocumentUploaded_whileTheAppraisalIsOpen_showsInItsForm_andTheAppraisalGoesOn() {
		String id = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Đỗ Văn Tài"));
		String other = driver.submit("giaophong.canbo", "GIAO_PHONG", "GIAY_KHEN", person("Vũ Thị Liệu"));
		String task = driver.task(id, TASK_APPRAISE).getId();
		String otherTask = driver.task(other, TASK_APPRAISE).getId();
		Object otherLinks = tasks.getVariableLocal(otherTask, Names.DOCUMENT_LINKS);
		assertThat(String.valueOf(tasks.getVariableLocal(task, Names.DOCUMENT_LINKS)))
			.doesNotContain("bao\\-cao\\-bo\\-sung\\.pdf");

		documents.upload(id, DocumentType.BAO_CAO_THANH_TICH, "bao-cao-bo-sung.pdf", TestFiles.pdf("Bao cao"),
				driver.user("giaophong.canbo"));

		assertThat(String.valueOf(tasks.getVariableLocal(task, Names.DOCUMENT_LINKS))).contains("bao\\-cao\\-bo\\-sung\\.pdf");
		// only this dossier's task
		assertThat(tasks.getVariableLocal(otherTask, Names.DOCUMENT_LINKS)).isEqualTo(otherLinks);
		// the form's data were sealed again: the appraiser's completion is not taken for a change of them
		driver.approve(id, "giaothuy.chuyenvien");
		driver.vote(id, "giaothuy.thuky", 9, 9, 7);
		driver.sign(id, "giaothuy.chutich");
		assertThat(dossiers.require(id).status()).isEqualTo(DossierStatus.DECIDED);
	}

}
