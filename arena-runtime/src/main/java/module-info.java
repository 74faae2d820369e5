/**
 * The arenastruct runtime: {@link dev.arenastruct.BumpArena}, the annotations a struct
 * declaration uses, and the checks generated flyweights call.
 */
module dev.arenastruct {
    exports dev.arenastruct;
}
