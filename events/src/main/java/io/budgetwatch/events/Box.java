package io.budgetwatch.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A rectangle on a PDF page in user-space points, origin at the page's top-left corner and y growing downwards (as
 * the reader sees the page): JSON {@code [x0, top, x1, bottom]}.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"x0", "top", "x1", "bottom"})
public record Box(float x0, float top, float x1, float bottom) {
    /** Whether the point (x, y) lies inside the box, edges included. */
    public boolean contains(float x, float y) {
        return x >= x0 && x <= x1 && y >= top && y <= bottom;
    }
}
