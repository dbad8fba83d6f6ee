package vn.onedoor.queue.model;

/**
 * Why a citizen is served first within a service group: the statutory priority categories
 * (người cao tuổi, người khuyết tật, phụ nữ mang thai, người có con nhỏ dưới 6 tuổi,
 * người có công với cách mạng) or none.
 */
public enum Priority {
    NORMAL,
    ELDERLY,
    DISABILITY,
    PREGNANT,
    CHILD_UNDER_6,
    MERIT;

    public boolean isPriority() {
        return this != NORMAL;
    }
}
