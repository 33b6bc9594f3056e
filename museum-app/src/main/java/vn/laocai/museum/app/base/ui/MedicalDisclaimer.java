package vn.laocai.museum.app.base.ui;

/** The notice every remedy carries, on its live page and in its first HTML. */
public final class MedicalDisclaimer {

    public static final String TEXT = "Thông tin về bài thuốc chỉ nhằm giới thiệu tri thức y học truyền thống, không thay "
            + "cho chẩn đoán và điều trị của thầy thuốc. Không tự ý dùng; hỏi ý kiến thầy thuốc hoặc dược sĩ trước khi dùng. "
            + "(For information on traditional medicine only; not medical advice.)";

    private MedicalDisclaimer() {}
}
