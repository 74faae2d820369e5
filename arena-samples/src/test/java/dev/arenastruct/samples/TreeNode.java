package dev.arenastruct.samples;

import dev.arenastruct.ArenaStruct;
import dev.arenastruct.Link;

/** A tree node that links to its parent, its first child and its next sibling: a struct that refers to itself. */
@ArenaStruct
interface TreeNode {
    long value();

    @Link TreeNode parent();

    @Link TreeNode firstChild();

    @Link TreeNode nextSibling();

    @Link GraphEdge firstEdge();
}
