package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Link;

/** An edge that links back to nodes: two struct types that refer to each other. */
@ArenaStruct
interface GraphEdge {
    @Link TreeNode to();

    @Link GraphEdge next();

    double weight();
}
