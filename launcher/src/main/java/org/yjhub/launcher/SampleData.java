package org.yjhub.launcher;

/** Loads the sample data from the published papers through the public API (issue 8 fills the data set). */
final class SampleData {

    private SampleData() {
    }

    static void load(Stack stack) {
        System.out.println("yj: no sample data set is defined yet; nothing to load");
    }
}
