package vn.onedoor.counter.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** An upload's own words (its button, drop zone, errors) in the screen's language, not the component's English. */
final class Uploads {

    private Uploads() {}

    static Upload localized(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add"))
                .setMany(upload.getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop"))
                .setMany(upload.getTranslation("upload.drop")));
        i18n.setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.retry"))
                .setStart(upload.getTranslation("upload.start")).setRemove(upload.getTranslation("upload.remove")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled"))
                        .setProcessing(upload.getTranslation("upload.processing"))
                        .setHeld(upload.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(upload.getTranslation("upload.server-unavailable"))
                        .setUnexpectedServerError(upload.getTranslation("upload.server-error"))
                        .setForbidden(upload.getTranslation("upload.forbidden"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }
}
