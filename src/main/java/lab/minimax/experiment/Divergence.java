package lab.minimax.experiment;

/** The objective of the game: the divergence the discriminator estimates. */
public enum Divergence implements Named {
    GAN("gan", Kind.F_GAN),
    KL("kl", Kind.F_GAN),
    REVERSE_KL("reverse-kl", Kind.F_GAN),
    PEARSON("pearson", Kind.F_GAN),
    NEYMAN("neyman", Kind.F_GAN),
    HELLINGER("hellinger", Kind.F_GAN),
    JS("js", Kind.F_GAN),
    TV("tv", Kind.F_GAN),
    WGAN_CLIP("wgan-clip", Kind.CRITIC),
    WGAN_GP("wgan-gp", Kind.CRITIC),
    LSGAN("lsgan", Kind.LEAST_SQUARES),
    HINGE("hinge", Kind.CRITIC);

    /** How the discriminator's raw output V is read. */
    public enum Kind {
        /** V is a logit / variational function argument; D = sigmoid(V) is drawn. */
        F_GAN,
        /** V is an unbounded critic value, drawn as is. */
        CRITIC,
        /** V is a least-squares score, drawn as is. */
        LEAST_SQUARES
    }

    private final String id;
    private final Kind kind;

    Divergence(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }
}
