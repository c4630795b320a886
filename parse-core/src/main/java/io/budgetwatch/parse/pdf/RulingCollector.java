package io.budgetwatch.parse.pdf;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.graphics.AppendRectangleToPath;
import org.apache.pdfbox.contentstream.operator.graphics.ClipEvenOddRule;
import org.apache.pdfbox.contentstream.operator.graphics.ClipNonZeroRule;
import org.apache.pdfbox.contentstream.operator.graphics.CloseAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.CloseFillEvenOddAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.CloseFillNonZeroAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.ClosePath;
import org.apache.pdfbox.contentstream.operator.graphics.CurveTo;
import org.apache.pdfbox.contentstream.operator.graphics.CurveToReplicateFinalPoint;
import org.apache.pdfbox.contentstream.operator.graphics.CurveToReplicateInitialPoint;
import org.apache.pdfbox.contentstream.operator.graphics.EndPath;
import org.apache.pdfbox.contentstream.operator.graphics.FillEvenOddAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.FillEvenOddRule;
import org.apache.pdfbox.contentstream.operator.graphics.FillNonZeroAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.FillNonZeroRule;
import org.apache.pdfbox.contentstream.operator.graphics.LegacyFillNonZeroRule;
import org.apache.pdfbox.contentstream.operator.graphics.LineTo;
import org.apache.pdfbox.contentstream.operator.graphics.MoveTo;
import org.apache.pdfbox.contentstream.operator.graphics.ShadingFill;
import org.apache.pdfbox.contentstream.operator.graphics.StrokePath;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;

/**
 * Collects the ruling lines of one page: stroked straight segments and thin filled rectangles (Excel and WPS draw
 * cell borders as hairline rectangles), in the same top-down coordinates as the glyphs {@link PageCollector} reads.
 *
 * <p>This engine never walks a content stream itself: {@link PageCollector} registers its {@link #pathOperators()}
 * and walks the page once for glyphs and paths, so the stream is tokenised and the fonts are loaded once per page.
 * PDFBox's own path operators are reused, so paths are built exactly as a stand-alone graphics engine builds them;
 * they read the CTM and the clip from the walking engine's graphics state ({@link #getGraphicsState()}).
 *
 * <p>PDFBox's path operators hand this engine points already transformed by the CTM (device space): applying the CTM
 * again mirrors every line on pages that start with a y-flip ({@code 1 0 0 -1 0 H cm}, WPS output). Lines are
 * trimmed to the clipping path's bounds, as tabula does, so a border drawn long and clipped is as long as it shows.
 */
public final class RulingCollector extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this is a line, not a shaded cell. */
    private static final float MAX_LINE_THICKNESS = 3f;
    private static final float MIN_LINE_LENGTH = 2f;
    /** Half a hairline: producers clip exactly at a border's centre line. */
    private static final float CLIP_SLACK = 1f;

    private final float pageWidth;
    private final float pageHeight;
    private final float originX;
    private final float originY;
    private final int rotation;
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final PDFStreamEngine walker;
    private Point2D current;
    private Point2D subpathStart;
    /** The clipping paths {@link #clipBounds} was last computed for, and how many there were. */
    private List<Path2D> clipPaths;
    private int clipPathCount;
    private Rectangle2D clipBounds;

    /** The rulings of {@code page}, whose content stream {@code walker} walks with {@link #pathOperators()}. */
    public RulingCollector(PDPage page, PDFStreamEngine walker) {
        super(page);
        this.walker = walker;
        this.pageWidth = page.getCropBox().getWidth();
        this.pageHeight = page.getCropBox().getHeight();
        this.originX = page.getCropBox().getLowerLeftX();
        this.originY = page.getCropBox().getLowerLeftY();
        this.rotation = Math.floorMod(page.getRotation(), 360);
    }

    public List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    /**
     * PDFBox's path construction, painting, clipping and shading operators, bound to this engine. Text, images and
     * forms stay with the walker (it descends into form XObjects with these operators registered).
     */
    public List<OperatorProcessor> pathOperators() {
        return List.of(new MoveTo(this), new LineTo(this), new CurveTo(this), new CurveToReplicateInitialPoint(this),
                new CurveToReplicateFinalPoint(this), new AppendRectangleToPath(this), new ClosePath(this),
                new EndPath(this), new StrokePath(this), new CloseAndStrokePath(this), new FillNonZeroRule(this),
                new LegacyFillNonZeroRule(this), new FillEvenOddRule(this), new FillNonZeroAndStrokePath(this),
                new FillEvenOddAndStrokePath(this), new CloseFillNonZeroAndStrokePath(this),
                new CloseFillEvenOddAndStrokePath(this), new ClipNonZeroRule(this), new ClipEvenOddRule(this),
                new ShadingFill(this));
    }

    /** The walker's state: its CTM transforms the path points, its clip trims the lines. */
    @Override
    public PDGraphicsState getGraphicsState() {
        return walker.getGraphicsState();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new float[] {(float) Math.min(p0.getX(), p2.getX()), (float) Math.min(p0.getY(), p2.getY()),
                (float) Math.max(p0.getX(), p2.getX()), (float) Math.max(p0.getY(), p2.getY())});
        addSegment(p0, p1);
        addSegment(p1, p2);
        addSegment(p2, p3);
        addSegment(p3, p0);
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        subpathStart = current;
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current != null) {
            addSegment(current, next);
        }
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (current != null && subpathStart != null) {
            addSegment(current, subpathStart);
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : segments) {
            addRuling(s[0], s[1], s[2], s[3]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= MAX_LINE_THICKNESS && w > MIN_LINE_LENGTH) {
                addRuling(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (w <= MAX_LINE_THICKNESS && h > MIN_LINE_LENGTH) {
                addRuling((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // Clipping paths are not drawn; endPath() discards them.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Images carry no ruling lines (and the walker draws none).
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings fill areas, they do not rule them.
    }

    private void addSegment(Point2D a, Point2D b) {
        segments.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
    }

    private void addRuling(float x1, float y1, float x2, float y2) {
        boolean straight = Math.abs(x1 - x2) < 0.5f || Math.abs(y1 - y2) < 0.5f;
        Rectangle2D clip = clipBounds();
        if (straight && !clip.isEmpty()) {
            // Inclusive bounds: a hairline at the clip's edge is still drawn.
            float left = (float) clip.getMinX() - CLIP_SLACK;
            float right = (float) clip.getMaxX() + CLIP_SLACK;
            float bottom = (float) clip.getMinY() - CLIP_SLACK;
            float top = (float) clip.getMaxY() + CLIP_SLACK;
            if (Math.max(x1, x2) < left || Math.min(x1, x2) > right || Math.max(y1, y2) < bottom
                    || Math.min(y1, y2) > top) {
                return;
            }
            x1 = clamp(x1, left, right);
            x2 = clamp(x2, left, right);
            y1 = clamp(y1, bottom, top);
            y2 = clamp(y2, bottom, top);
        }
        if (straight && Math.hypot(x1 - x2, y1 - y2) >= MIN_LINE_LENGTH) {
            float[] a = display(x1, y1);
            float[] b = display(x2, y2);
            rulings.add(Ruling.of(a[0], a[1], b[0], b[1]));
        }
    }

    /**
     * The bounds of the current clip. PDFBox intersects the clipping paths (java.awt.geom.Area, costly) anew in
     * every saved graphics state; producers that wrap each line in q … Q inside a clipped form would pay that per
     * line. A state's list of clipping paths only ever grows in place (PDFBox copies it before a saved state adds
     * to it), so the same list with the same size is the same clip.
     */
    private Rectangle2D clipBounds() {
        PDGraphicsState state = getGraphicsState();
        List<Path2D> paths = state.getCurrentClippingPaths();
        if (paths != clipPaths || paths.size() != clipPathCount) {
            clipPaths = paths;
            clipPathCount = paths.size();
            clipBounds = state.getCurrentClippingPath().getBounds2D();
        }
        return clipBounds;
    }

    private static float clamp(float value, float low, float high) {
        return Math.max(low, Math.min(high, value));
    }

    /** Page space (CTM applied) to the rotated, top-down space PDFTextStripper reports glyphs in. */
    private float[] display(float x, float y) {
        float ux = x - originX;
        float uy = y - originY;
        return switch (rotation) {
            case 90 -> new float[] {uy, ux};
            case 180 -> new float[] {pageWidth - ux, uy};
            case 270 -> new float[] {pageHeight - uy, pageWidth - ux};
            default -> new float[] {ux, pageHeight - uy};
        };
    }

    private void clear() {
        segments.clear();
        rectangles.clear();
        current = null;
        subpathStart = null;
    }
}
