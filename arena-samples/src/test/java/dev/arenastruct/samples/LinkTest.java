package dev.arenastruct.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arenastruct.BumpArena;
import dev.arenastruct.ConcurrentArena;
import dev.arenastruct.MappedArena;
import dev.arenastruct.StaleStructException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Link} fields: null as allocated, followed across the blocks of a growable arena and
 * across scopes in both directions, stale once the target is reclaimed, refused (writing nothing)
 * to another arena or to untracked memory, and not followed from a copy in another arena.
 */
class LinkTest {

    @Test
    void linksAreNullAsAllocatedAndFollowToTheirTargets() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TreeNodeFlyweight root = TreeNodeFlyweight.allocate(arena).value(1);
            assertNull(root.parent());
            assertNull(root.firstChild());
            TreeNodeFlyweight a = TreeNodeFlyweight.allocate(arena).value(2).parent(root);
            TreeNodeFlyweight b = TreeNodeFlyweight.allocate(arena).value(3).parent(root);
            root.firstChild(a);
            a.nextSibling(b);
            assertEquals(3, root.firstChild().nextSibling().value());
            assertEquals(1, root.firstChild().nextSibling().parent().value());
            GraphEdgeFlyweight edge = GraphEdgeFlyweight.allocate(arena).to(b).weight(0.5);
            a.firstEdge(edge);
            assertEquals(3, a.firstEdge().to().value());
            assertSame(root.firstChild(), root.firstChild(), "the getter hands out one reused view");
            a.parent(null);
            assertNull(a.parent());
            assertEquals("TreeNode[value=2, parent=null, firstChild=null, nextSibling=-> TreeNode, firstEdge=-> GraphEdge]",
                    a.toString());
            assertEquals(8, TreeNodeFlyweight.PARENT_OFFSET);
            assertEquals(72, TreeNodeFlyweight.BYTE_SIZE);
            assertEquals(TreeNodeFlyweight.BYTE_SIZE, TreeNodeFlyweight.LAYOUT.byteSize());
            assertEquals(ValueLayout.JAVA_LONG.withName("stamp"), TreeNodeFlyweight.LAYOUT.select(
                    MemoryLayout.PathElement.groupElement("parent"), MemoryLayout.PathElement.groupElement("stamp")));
        }
    }

    @Test
    void linksReachAcrossTheBlocksOfAGrowableArena() {
        try (BumpArena arena = BumpArena.builder().blockSize(256).growthFactor(1).build()) {
            TreeNodeFlyweight first = TreeNodeFlyweight.allocate(arena).value(0);
            TreeNodeFlyweight previous = first;
            for (int i = 1; i <= 100; i++) { // 72-byte nodes: three per 256-byte block
                TreeNodeFlyweight next = TreeNodeFlyweight.allocate(arena).value(i).parent(previous);
                previous.firstChild(next);
                previous = next;
            }
            assertTrue(arena.blockCount() > 10, "blocks: " + arena.blockCount());
            TreeNodeFlyweight walker = first;
            long sum = 0;
            while (walker != null) {
                sum += walker.value();
                walker = walker.firstChild();
            }
            assertEquals(5050, sum);
            assertEquals(0, previous.parent().parent().parent().value() - 97);
        }
    }

    @Test
    void aLinkIntoAClosedScopeIsStaleAndALinkOutOfOneIsNot() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TreeNodeFlyweight outer = TreeNodeFlyweight.allocate(arena).value(1);
            try (BumpArena.Scope scope = arena.openScope()) {
                TreeNodeFlyweight inner = TreeNodeFlyweight.allocate(arena).value(2).parent(outer);
                outer.firstChild(inner);
                assertEquals(1, inner.parent().value(), "inner to outer");
                assertEquals(2, outer.firstChild().value(), "outer to inner, while the scope is open");
                assertTrue(scope.toString().length() > 0);
            }
            StaleStructException stale = assertThrows(StaleStructException.class, outer::firstChild);
            assertTrue(stale.getMessage().startsWith("TreeNode.firstChild's target is stale"), stale.getMessage());
            try (BumpArena.Scope again = arena.openScope()) {
                TreeNodeFlyweight.allocate(arena).value(99); // the same memory, a new generation of depth 1
                assertThrows(StaleStructException.class, outer::firstChild, "a reopened scope is not the old one");
                assertTrue(again.toString().length() > 0);
            }
            outer.firstChild(null);
            assertNull(outer.firstChild());
        }
    }

    @Test
    void aResetMakesTheHolderAndItsLinksStale() {
        try (BumpArena arena = BumpArena.ofCapacity(4096)) {
            TreeNodeFlyweight root = TreeNodeFlyweight.allocate(arena);
            TreeNodeFlyweight child = TreeNodeFlyweight.allocate(arena).parent(root);
            arena.reset();
            assertThrows(StaleStructException.class, child::parent);
            TreeNodeFlyweight fresh = TreeNodeFlyweight.allocate(arena);
            assertThrows(StaleStructException.class, () -> fresh.parent(root), "a stale target is refused");
            assertNull(fresh.parent());
        }
    }

    @Test
    void aLinkToAnotherArenaOrToUntrackedMemoryIsRefusedAndWritesNothing() {
        try (BumpArena arena = BumpArena.ofCapacity(4096); BumpArena other = BumpArena.ofCapacity(4096)) {
            TreeNodeFlyweight holder = TreeNodeFlyweight.allocate(arena).parent(TreeNodeFlyweight.allocate(arena));
            byte[] before = holder.segment().toArray(ValueLayout.JAVA_BYTE);
            IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                    () -> holder.parent(TreeNodeFlyweight.allocate(other)));
            assertEquals("TreeNode.parent can only link to a struct of the arena that holds TreeNode, but the target"
                    + " is in another arena, or in memory no arena tracks (a wrapped segment): allocate the target in"
                    + " the same arena; nothing was written", foreign.getMessage());
            MemorySegment plain = MemorySegment.ofArray(new long[16]);
            assertThrows(IllegalArgumentException.class, () -> holder.parent(new TreeNodeFlyweight().wrap(plain, 0)));
            assertThrows(IllegalArgumentException.class, () -> holder.parent(new TreeNodeFlyweight()));
            assertArrayEquals(before, holder.segment().toArray(ValueLayout.JAVA_BYTE));
        }
    }

    @Test
    void aCopyInAnotherArenaCannotFollowItsLinks() {
        try (BumpArena arena = BumpArena.ofCapacity(4096); BumpArena other = BumpArena.ofCapacity(4096)) {
            TreeNodeFlyweight holder = TreeNodeFlyweight.allocate(arena).parent(TreeNodeFlyweight.allocate(arena).value(5));
            TreeNodeFlyweight copy = holder.copyInto(other);
            IllegalStateException outside = assertThrows(IllegalStateException.class, copy::parent);
            assertTrue(outside.getMessage().startsWith("TreeNode.parent links to memory outside"), outside.getMessage());
            TreeNodeFlyweight same = holder.copyInto(arena);
            assertEquals(5, same.parent().value(), "a copy in the same arena follows the same link");
        }
    }

    @Test
    void linksWorkInConcurrentAndMappedArenas(@TempDir Path dir) throws Exception {
        try (ConcurrentArena arena = ConcurrentArena.ofCapacity(4096)) {
            TreeNodeFlyweight root = TreeNodeFlyweight.allocate(arena).value(7);
            assertEquals(7, TreeNodeFlyweight.allocate(arena).parent(root).parent().value());
        }
        try (MappedArena arena = MappedArena.create(dir.resolve("links.arena"), 1 << 16)) {
            TreeNodeFlyweight root = TreeNodeFlyweight.allocate(arena).value(8);
            assertEquals(8, TreeNodeFlyweight.allocate(arena).parent(root).parent().value());
        }
    }

    @Test
    void structsWithLinksHaveNoHeapValueRecord() {
        assertTrue(Arrays.stream(TreeNodeFlyweight.class.getMethods()).noneMatch(m -> m.getName().equals("toValue")));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.arenastruct.samples.TreeNodeValue"));
    }
}
