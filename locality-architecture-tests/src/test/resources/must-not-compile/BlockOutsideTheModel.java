import org.localityworking.reporting.Block;

/** A block type of one's own: the model is closed, so no format can be handed a block it does not know. */
record Banner(String text) implements Block { // error
    public <R> R accept(Block.Visitor<R> visitor) { return null; }
}
