package io.anxin.core.triage;

/** What a complaint is about (003 §7(三)); only complaints carry one. */
public enum Category {
    SERVICE_ATTITUDE("service_attitude"),
    BUSINESS_ERROR("business_error"),
    SYSTEM_FAULT("system_fault"),
    COORDINATION("coordination"),
    PRODUCT_QUALITY("product_quality"),
    NON_COMPANY("non_company");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Category fromLabel(String label) {
        for (Category category : values()) {
            if (category.label.equals(label)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown complaint category '" + label + "'");
    }
}
