package dev.arenastruct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a field that refers to another {@link ArenaStruct} in the same arena, for trees and
 * graphs: stored as 16 bytes of plain data (the target's address and a stamp of its lifetime), not
 * a Java reference, so the garbage collector still never looks into the arena. The struct types may
 * refer to each other, or a struct to itself, which nesting by value cannot.
 *
 * <pre>{@code
 * @ArenaStruct interface Node { long value(); @Link Node parent(); @Link Node next(); }
 *
 * NodeFlyweight child = NodeFlyweight.allocate(arena).value(2).parent(root); // stores the link
 * child.parent().value();                  // follows it: a view the flyweight reuses, no garbage
 * child.parent(null);                      // the null link; a struct as allocated holds null links
 * }</pre>
 *
 * <p>A link points within one arena: across the blocks of a growable arena and across its scopes,
 * in either direction. Following a link whose target was reclaimed since it was stored (a reset, a
 * closed scope) throws {@link StaleStructException}; setting one to a struct of another arena, or
 * to memory no arena tracks, throws {@code IllegalArgumentException}. A copy of the holding struct
 * in another arena ({@code copyInto}) cannot follow its links, so structs with links have no heap
 * value record. Links hold addresses, so they do not survive a remapping of a {@link MappedArena}'s file,
 * and must not point at elements of a {@link StructList}, which moves them when it grows (the link
 * would keep reading the abandoned copy).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Link {
}
