/**
 * The arenastruct runtime: {@link dev.arenastruct.BumpArena}, the annotations a struct
 * declaration uses, and the checks generated flyweights call.
 */
module dev.arenastruct {
    exports dev.arenastruct;
    /* What generated flyweights call; exported because they live in user modules, but not API. */
    exports dev.arenastruct.internal;
}
