/**
 * A user's module: it requires the arenastruct runtime and nothing else (no
 * {@code java.compiler}, so no {@code @Generated} on its flyweights).
 */
module dev.arenastruct.modulesample {
    requires dev.arenastruct;
}
